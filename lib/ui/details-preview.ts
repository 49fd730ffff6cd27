/** Each relationship group in the details panel shows this many rows until asked for the rest, so the key facts stay near the top. */
export const GROUP_PREVIEW = 6;
