/** A pixel value as SVG writes it: two decimals at most, enough for pixels and stable across platforms. */
export const px = (value: number) => String(Math.round(value * 100) / 100);
