declare module "subset-font" {
  /** Subsets a font (TTF/OTF/WOFF/WOFF2) to the given text with harfbuzz; see the package's README. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: "sfnt" | "woff" | "woff2";
      preserveNameIds?: number[];
      /** OpenType features to keep; all of them when absent. */
      keepFeatures?: string[];
      /** Drop the hinting instructions. */
      noHinting?: boolean;
    },
  ): Promise<Buffer>;
}
