/** The readouts of the story's charts, Hong Kong Chinese edition (src/views/story-tips.ts). */
import type { APIRoute } from "astro";
import { storyTipsResponse } from "../../views/story-tips.ts";

export const GET: APIRoute = () => storyTipsResponse("zh-hk");
