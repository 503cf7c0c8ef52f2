/** The story's wide drawings for the sticky graphic, Hong Kong Chinese edition (src/views/story-wide.ts). */
import type { APIRoute } from "astro";
import { storyWideResponse } from "../../views/story-wide.ts";

export const GET: APIRoute = () => storyWideResponse("zh-hk");
