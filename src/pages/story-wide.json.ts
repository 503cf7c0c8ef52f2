/** The story's wide drawings for the sticky graphic, English edition (src/views/story-wide.ts). */
import type { APIRoute } from "astro";
import { storyWideResponse } from "../views/story-wide.ts";

export const GET: APIRoute = () => storyWideResponse("en");
