/**
 * The story's chapters: prose in MDX, one folder per language (en/, zh-hk/), one file per
 * chapter, ordered by file name; the same file name in each language is the same chapter.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const story = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/story" }),
  schema: z.object({
    title: z.string(),
    /** Short label for the table of contents. */
    short: z.string(),
    summary: z.string(),
  }),
});

export const collections = { story };
