/**
 * Text from a workbook (sheet names, cell text) reaches the reviewer's terminal inside our messages. A hostile
 * or damaged file can carry escape sequences that clear the screen, retitle the window, hide lines or fake
 * output; they are removed whole (not just their ESC byte, which would leave "[2J" behind), as are the other
 * control characters and the bidirectional overrides that reorder what is shown. Line breaks and tabs stay.
 */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[\s\S]?)|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function terminalSafe(text: string): string {
  return ANY.test(text) ? text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "") : text;
}
