/** The readouts of the story's charts, English edition (src/views/story-tips.ts). */
import type { APIRoute } from "astro";
import { storyTipsResponse } from "../views/story-tips.ts";

export const GET: APIRoute = () => storyTipsResponse("en");
