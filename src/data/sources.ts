/** The publishers and documents the datasets cite, named once for every dataset definition. */
import { PAPER } from "../site.ts";

/** Page breaks after p. 85 are not marked in the extracted text, so later pages are given as a range. */
export const PAGE_UNMARKED = "85-93";
export const CREATE_HK = "Create Hong Kong, trade statistics of film- and TV-related creative goods";
export const COMPENDIUM = "Hong Kong Film Industry Compendium 2022 (Create Hong Kong / Hong Kong Film Industry Association)";
export const THE_PAPER = `The paper, ${PAPER.citation}, doi:${PAPER.doi}`;
