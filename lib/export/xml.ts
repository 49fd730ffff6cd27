// XML text for attribute values and element content; characters XML 1.0 forbids are dropped.
 
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

export const xml = (text: string): string => text.replace(FORBIDDEN, "").replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]);
