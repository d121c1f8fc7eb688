/// <reference types="vite/client" />

/** True in `vite dev` and in component tests: responses are checked against the zod contracts. */
declare const __PSP_DEV__: boolean;
