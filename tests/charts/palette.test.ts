/**
 * The palette: a colour for every place, legible on both page backgrounds, and the pairs the
 * story compares still apart for readers with colour-vision deficiencies.
 */
import { lab, rgb } from "d3";
import { describe, expect, it } from "vitest";
import { OTHER_COLOUR, PLACE_COLOURS, placeColour } from "../../src/charts/palette.ts";
import { siteData } from "./helpers.ts";

const LIGHT = "#fdfcf9";
const DARK = "#16181d";

const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const gamma = (c: number) =>
  255 * (Math.min(1, Math.max(0, c)) <= 0.0031308 ? 12.92 * Math.max(0, c) : 1.055 * Math.min(1, c) ** (1 / 2.4) - 0.055);

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const { r, g, b } = rgb(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, on linear RGB. */
const CVD = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

function simulate(hex: string, m: readonly (readonly number[])[]): string {
  const { r, g, b } = rgb(hex);
  const v = [linear(r), linear(g), linear(b)];
  const [R, G, B] = m.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!) as [number, number, number];
  return rgb(gamma(R), gamma(G), gamma(B)).formatHex();
}

/** CIE76 colour difference in Lab. */
function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

describe("palette", () => {
  it("has a colour for every place in data/places.csv", () => {
    const ids = siteData().places.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(Object.keys(PLACE_COLOURS), id).toContain(id);
    expect(PLACE_COLOURS.other).toBe(OTHER_COLOUR);
  });

  it("gives null and unknown ids the other grey, and a place its own colour", () => {
    expect(placeColour(null)).toBe(OTHER_COLOUR);
    expect(placeColour(undefined)).toBe(OTHER_COLOUR);
    expect(placeColour("atlantis")).toBe(OTHER_COLOUR);
    expect(placeColour("toString")).toBe(OTHER_COLOUR);
    expect(placeColour("japan")).toBe(PLACE_COLOURS.japan);
  });

  it.each(Object.entries(PLACE_COLOURS))("%s (%s) has at least 3:1 contrast on the light and the dark page", (_id, colour) => {
    expect(contrast(colour, LIGHT)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, DARK)).toBeGreaterThanOrEqual(3);
  });

  it("no two places share a colour, and none is near another (ΔE ≥ 15)", () => {
    const entries = Object.entries(PLACE_COLOURS);
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        expect(deltaE(entries[i]![1], entries[j]![1]), `${entries[i]![0]} / ${entries[j]![0]}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  // The pairs the story sets side by side must survive every common colour-vision deficiency.
  const PAIRS = [
    ["mainland-china", "japan"],
    ["mainland-china", "taiwan-china"],
    ["japan", "usa"],
  ] as const;
  for (const [a, b] of PAIRS) {
    it.each(Object.entries(CVD))(`${a} and ${b} stay apart under %s (ΔE ≥ 30)`, (_kind, matrix) => {
      expect(deltaE(simulate(PLACE_COLOURS[a], matrix), simulate(PLACE_COLOURS[b], matrix))).toBeGreaterThanOrEqual(30);
    });
  }
});
