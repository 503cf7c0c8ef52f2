import { lab, rgb } from "d3";
const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const unlin = (c) => { c = Math.min(1, Math.max(0, c)); return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055); };
const L = (hex) => { const { r, g, b } = rgb(hex); return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b); };
const cr = (a, b) => { const [x, y] = [L(a), L(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const M = {
  protan: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deutan: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritan: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const sim = (hex, t) => { if (t === "normal") return hex; const { r, g, b } = rgb(hex); const v = [lin(r), lin(g), lin(b)]; const m = M[t]; const o = m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]); return rgb(unlin(o[0]), unlin(o[1]), unlin(o[2])).formatHex(); };
const dE = (a, b) => { const p = lab(a), q = lab(b); return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b); };
const P = JSON.parse(process.argv[2]);
for (const [k, v] of Object.entries(P)) console.log(k.padEnd(16), v, "L", L(v).toFixed(3), "light", cr(v, "#fdfcf9").toFixed(2), "dark", cr(v, "#16181d").toFixed(2));
const pairs = process.argv[3] ? JSON.parse(process.argv[3]) : [];
for (const [a, b] of pairs) console.log(a, b, ["normal", "protan", "deutan", "tritan"].map((t) => t + ":" + dE(sim(P[a], t), sim(P[b], t)).toFixed(1)).join(" "));
if (process.argv[4]) { const ks = Object.keys(P); const out = []; for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) out.push([dE(P[ks[i]], P[ks[j]]), ks[i], ks[j]]); out.sort((a, b) => a[0] - b[0]); console.log(out.slice(0, 12).map((x) => x[0].toFixed(1) + " " + x[1] + "/" + x[2]).join("\n")); }
