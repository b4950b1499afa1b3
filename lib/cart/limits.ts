/** Most copies of one product per cart line (client-safe constant; the server enforces it too). */
export const MAX_LINE_QUANTITY_PUBLIC = 99;
