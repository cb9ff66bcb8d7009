/** The package version, written into TMX headers. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
