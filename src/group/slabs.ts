/**
 * Many small typed arrays kept for a while and let go of together, cut from
 * a few large ones. Each article's terms and counts were two arrays of their
 * own (a few hundred bytes to a few KB), 200,000 of them at 100,000 articles,
 * allocated among everything else reading allocates: let go of all at once
 * when grouping makes its vectors, the allocator kept their pages, and the
 * process stayed about 300 MB larger through grouping (with jemalloc in its
 * place, which returns such pages, the peak was 2.47 GB instead of 2.78).
 * Cut from slabs of up to 32 MB, which the allocator maps and unmaps on their
 * own, they are given back when the last view of each slab is let go.
 */

/** Elements of the first slab; each next one is twice as large, up to MAX_SLAB_BYTES. */
const FIRST_SLAB = 4_096;
const MAX_SLAB_BYTES = 32 * 1024 * 1024;

type Typed = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

export class Slabs<T extends Typed> {
  private slab: T;
  private used = 0;

  constructor(private readonly make: (length: number) => T) {
    this.slab = make(0);
  }

  /** A view of `length` zeroed elements, in the current slab or a new one. */
  take(length: number): T {
    if (this.used + length > this.slab.length) {
      const elements = MAX_SLAB_BYTES / this.slab.BYTES_PER_ELEMENT;
      this.slab = this.make(Math.max(length, Math.min(elements, Math.max(FIRST_SLAB, 2 * this.slab.length))));
      this.used = 0;
    }
    const view = this.slab.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }

  /** A copy of `values` in a slab. */
  copy(values: ArrayLike<number>): T {
    const view = this.take(values.length);
    view.set(values);
    return view;
  }

  /** Let go of the current slab: the views already handed out keep theirs alive, nothing more. */
  release(): void {
    this.slab = this.make(0);
    this.used = 0;
  }
}
