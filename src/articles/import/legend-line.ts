// Box drawing, block elements and geometric shapes: the colour swatches of map legends and
// chart keys ("██ Syrian Democratic Forces") copied along with an article's text.
const SWATCH = /^[\u2500-\u25FF]/u;

/** A line that is a legend or key entry of a figure rather than article prose. */
export function isLegendLine(line: string): boolean {
  return SWATCH.test(line.trim());
}
