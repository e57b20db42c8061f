// Types of tests/chromium.mjs: Debian's Chromium and the flags every test browser is launched with.
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
