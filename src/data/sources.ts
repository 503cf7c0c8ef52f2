/** The publishers and documents the datasets cite, named once for every dataset definition. */
import type { Localized } from "../lib/i18n.ts";
import { PAPER } from "../site.ts";

/** Page breaks after p. 85 are not marked in the extracted text, so later pages are given as a range. */
export const PAGE_UNMARKED = "85-93";
export const CREATE_HK: Localized = {
  en: "Create Hong Kong, trade statistics of film- and TV-related creative goods",
  "zh-hk": "創意香港，電影及電視相關創意產品的貿易統計",
};
export const COMPENDIUM: Localized = {
  en: "Hong Kong Film Industry Compendium 2022 (Create Hong Kong / Hong Kong Film Industry Association)",
  "zh-hk": "《香港電影業資料彙編2022》（創意香港／香港影業協會）",
};
export const THIS_SITE: Localized = { en: "this site", "zh-hk": "本網站" };
export const THE_PAPER = `The paper, ${PAPER.citation}, doi:${PAPER.doi}`;
