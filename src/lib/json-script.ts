/** JSON for a `<script type="application/json">` or `ld+json`: no `<` survives, so no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
