/**
 * The words of the site's interface in each edition: navigation, page furniture, labels and
 * buttons. The story's prose is in src/content/story/<locale>/, the graphics' words in their
 * specs; this is everything around them. One object per locale with the same keys: a key
 * missing in one edition is a type error, and scripts/data-check.ts reports an empty one.
 */
import type { Locale } from "./i18n.ts";

export interface Messages {
  skipLink: string;
  siteNav: string;
  navStory: string;
  navCharts: string;
  navData: string;
  /** The label of the language switch, read by screen readers before the other language's name. */
  switchLanguage: string;
  footerBuiltFrom: string;
  footerNewsReport: string;
  footerEveryNumber: string;
  footerData: string;
  footerChecks: string;
  footerChecksLink: string;

  storyTitle: string;
  storyDescription: string;
  storyKicker: string;
  storyDek: string;
  bylineReadingOf: string;
  bylinePaper: string;
  bylineInJournal: string;
  bylineTablesFrom: string;
  bylineData: string;
  bylineChecked: string;
  tocHeading: string;
  chapter(n: number): string;
  /** The lead graphic's link to the chapter that tells it step by step. */
  leadMore(chapter: number): string;

  notesSummary(n: number): string;
  /** Said when a reader focuses a chart: how to read its values with the keys (src/client/chart-tips.ts). */
  chartTipHint: string;

  chartsTitle: string;
  chartsDescription: string;
  chartsHeading: string;
  chartsLede: string;
  chartsLedeJson: string;

  breadcrumb: string;
  breadcrumbStory: string;
  breadcrumbCharts: string;
  aboutChart: string;
  aboutTable: string;
  dataLabel: string;
  download: string;
  downloadCsv: string;
  downloadCsvNote(rows: number): string;
  downloadSvg: string;
  downloadSvgNote: string;
  downloadPng: string;
  downloadPngNote: string;
  embed: string;
  embedIntro: string;
  embedCode: string;
  imageCode: string;
  cite: string;
  citation: string;
  dataBehind: string;
  rowsCaption(paperRef: string): string;
  embedCredit: string;

  /** A data edition by name (src/data/editions.ts), as a label: "Data edition 2026-2". */
  dataEdition(name: string): string;
  /** The static link on a pinned graphic whose edition is no longer the latest. */
  newerData(name: string): string;
  /** A pinned page's note: which edition, of when (a formatted date), and that its numbers stay. */
  pinnedNote(name: string, date: string, kind: "chart" | "table"): string;
  /** A latest page's note: the edition it is drawn from. */
  latestNote(name: string, date: string): string;
  seeLatest: string;
  embedPinned(name: string): string;
  embedPinnedNote: string;
  embedLatestSummary: string;
  embedLatest: string;
  embedLatestNote: string;
  /** Opens a correction's notice on a graphic of the edition it corrects (a formatted date). */
  correctionNotice(date: string): string;
  correctionLink: string;
  /** The notice's line in an image of a corrected edition. */
  correctedImage(date: string, name: string, url: string): string;

  footerCorrections: string;
  /** What a graphic is, to tell apart a chart and a table recreating the same table of the paper. */
  graphicKind(kind: "chart" | "table"): string;
  correctionsTitle: string;
  correctionsDescription: string;
  correctionsHeading: string;
  correctionsLede: string;
  correctionsNone: string;
  /** "Published as data edition 2099-2; corrects data edition 2099-1.": `corrects` listed with the language's PUNCT.list. */
  correctionsPublished(name: string, corrects: string): string;
  correctionsWhat: string;
  correctionsWhy: string;
  correctionsAffected: string;
  correctionsAsPublished(name: string): string;
  correctionsCorrected(name: string): string;
  correctionsNoPinned: string;

  copy: string;
  copied: string;
  copyFailed: string;

  checksTitle: string;
  checksDescription: string;
  checksHeading: string;
  checksLede: string;
  checksChapter: string;
  checksSentences: string;
  checksTables: string;
  checksTablesText: string;

  notFoundTitle: string;
  notFoundDescription: string;
  notFoundKicker: string;
  notFoundHeading: string;
  notFoundText: string;
  notFoundChapters: string;
  notFoundAlso: string;
  notFoundCharts: string;
  notFoundChartsNote: string;
  notFoundData: string;
  notFoundDataNote: string;
}

const EN: Messages = {
  skipLink: "Skip to content",
  siteNav: "Site",
  navStory: "Story",
  navCharts: "Charts",
  navData: "Data",
  switchLanguage: "Read in",
  footerBuiltFrom: "Built from",
  footerNewsReport: "and a China Daily report from FILMART 2025.",
  footerEveryNumber: "Every number comes from the",
  footerData: "published data",
  footerChecks: "The paper's tested sentences, one by one:",
  footerChecksLink: "checking the paper",

  storyTitle: "film and TV trade between Hong Kong and the Mainland",
  storyDescription:
    "How Mainland China's films and television fare in Hong Kong, and Hong Kong's in the Mainland: the import and " +
    "export series 2011-2022, the 2022 box office, TVB's prime time, and what the paper gets right.",
  storyKicker: "Film and television, 2011-2022",
  storyDek:
    "Hong Kong and the Mainland share a language and a culture, and trade films and television across their border " +
    "every year. The Mainland buys most of what Hong Kong sells. In Hong Kong, Japan and Hollywood sell more than the Mainland does.",
  bylineReadingOf: "A reading of",
  bylinePaper: "a 2025 paper",
  bylineInJournal: " in the",
  bylineTablesFrom: ", with its tables recreated from",
  bylineData: "the published data",
  bylineChecked: ", and every number it states checked.",
  tocHeading: "Chapters",
  chapter: (n) => `Chapter ${n}`,
  leadMore: (n) => `Step by step in chapter ${n}`,

  notesSummary: (n) => `Notes on the data (${n}), including what is missing and why`,
  chartTipHint: "Arrow keys step through the values; Escape hides the readout.",

  chartsTitle: "Charts and tables",
  chartsDescription: "Every figure and table of the paper, recreated: embed them, download them, cite them.",
  chartsHeading: "Charts and tables",
  chartsLede:
    "Every figure and table of the paper, recreated from the data. Each page has the graphic, its data, downloads, an " +
    "embed code and a citation. Tools can read the list as",
  chartsLedeJson: "JSON",

  breadcrumb: "Breadcrumb",
  breadcrumbStory: "Story",
  breadcrumbCharts: "Charts and tables",
  aboutChart: "About this chart",
  aboutTable: "About this table",
  dataLabel: "Data",
  download: "Download",
  downloadCsv: "Data (CSV)",
  downloadCsvNote: (rows) => `the ${rows} rows shown, UTF-8`,
  downloadSvg: "Image (SVG)",
  downloadSvgNote: "vector, with title and source",
  downloadPng: "Image (PNG)",
  downloadPngNote: "2x, with title and source",
  embed: "Embed",
  embedIntro:
    "Paste this into your article. The iframe works alone; the script, optional, resizes it to fit. Newsrooms using " +
    "pym.js can point pym.Parent at the embed URL instead. A CMS that speaks oEmbed can embed this page's address directly.",
  embedCode: "Embed code (iframe)",
  imageCode: "Where iframes are not allowed (newsletters, AMP): a static image with a link",
  cite: "Cite",
  citation: "Citation",
  dataBehind: "The data behind it",
  rowsCaption: (ref) => `Rows of ${ref}, as in the CSV download`,
  embedCredit: "data and downloads",

  dataEdition: (name) => `Data edition ${name}`,
  newerData: (name) => `Newer data: ${name}`,
  pinnedNote: (name, date, kind) =>
    `This ${kind} is pinned to data edition ${name}, of ${date}: its numbers will not change when the data are updated.`,
  latestNote: (name, date) => `Drawn from the latest data: edition ${name}, of ${date}.`,
  seeLatest: "See it with the latest data",
  embedPinned: (name) => `Embed code, pinned to data edition ${name}`,
  embedPinnedNote:
    "For articles: the graphic keeps the numbers your text describes, whatever is added or corrected later; " +
    "if a correction concerns it, it says so and links to it.",
  embedLatestSummary: "Or: always the latest data",
  embedLatest: "Embed code, always the latest data",
  embedLatestNote:
    "This graphic changes whenever the data are updated, with new years and corrections: " +
    "use it where your text does not depend on its numbers.",
  correctionNotice: (date) => `Correction, ${date}:`,
  correctionLink: "What changed and why",
  correctedImage: (date, name, url) => `Corrected on ${date}, in data edition ${name}: ${url}`,

  footerCorrections: "Corrections",
  graphicKind: (kind) => (kind === "chart" ? "chart" : "table"),
  correctionsTitle: "Corrections",
  correctionsDescription: "Every correction to the published data: what changed, why, and which pinned graphics it concerns.",
  correctionsHeading: "Corrections",
  correctionsLede:
    "When published figures turn out to be wrong, they are not changed in place: the correction is a new edition of the data, " +
    "listed here with what changed and why. Graphics pinned to a corrected edition keep their numbers, so that an article " +
    "still shows what it was written about, and carry a notice linking here.",
  correctionsNone: "No published data have been corrected so far.",
  correctionsPublished: (name, corrects) =>
    `Published as data edition ${name}; corrects data edition${String(corrects).includes(",") ? "s" : ""} ${corrects}.`,
  correctionsWhat: "What changed",
  correctionsWhy: "Why",
  correctionsAffected: "Pinned graphics it concerns",
  correctionsAsPublished: (name) => `as published (${name})`,
  correctionsCorrected: (name) => `corrected (${name})`,
  correctionsNoPinned: "None: no graphic pinned to the corrected editions is drawn from the data that changed.",

  copy: "Copy",
  copied: "Copied to the clipboard.",
  copyFailed: "Select the text and copy it.",

  checksTitle: "Checking the paper: every tested sentence",
  checksDescription:
    "Each of the paper's sentences that its tables can decide, quoted as printed, with its verdict, its readings and the " +
    "figures that decide it, computed from the data.",
  checksHeading: "Checking the paper",
  checksLede:
    "Every sentence of the paper that states a number, a rank, a trend or a comparison and that its tables can decide, " +
    "tested against them each time the site is built. The story's last chapter sums them up.",
  checksChapter: "The chapter on checking, in the story",
  checksSentences: "The paper's sentences, one by one",
  checksTables: "The tables against each other",
  checksTablesText:
    "Sums across tables catch transcription errors, ours or the paper's. Where the paper disagrees with itself, the data keep " +
    "what it printed and the disagreement is listed here.",

  notFoundTitle: "Page not found",
  notFoundDescription: "This page does not exist. The story, every chart and table, and the data are linked from here.",
  notFoundKicker: "Error 404",
  notFoundHeading: "This page does not exist",
  notFoundText:
    "The address may be mistyped, or the page may have moved. Charts and tables keep their addresses, at /charts/, so a " +
    "link from an article should work; if one does not, the list below will find it.",
  notFoundChapters: "The story, by chapter",
  notFoundAlso: "Also here",
  notFoundCharts: "Every chart and table",
  notFoundChartsNote: ", to embed, download or cite",
  notFoundData: "The data",
  notFoundDataNote: ", as CSV files with their sources",
};

const ZH_HK: Messages = {
  skipLink: "跳到內容",
  siteNav: "網站",
  navStory: "報道",
  navCharts: "圖表",
  navData: "數據",
  switchLanguage: "閱讀版本：",
  footerBuiltFrom: "本網站根據",
  footerNewsReport: "及《中國日報》2025年香港國際影視展（FILMART）報道製作。",
  footerEveryNumber: "所有數字均來自",
  footerData: "公開數據",
  footerChecks: "論文經檢驗的句子，逐句列於",
  footerChecksLink: "核實論文",

  storyTitle: "香港與內地的影視貿易",
  storyDescription:
    "內地電影和電視在香港的表現如何，香港的作品在內地又如何：2011至2022年的進出口數據、2022年票房、無綫電視黃金時段，以及論文哪些説法站得住腳。",
  storyKicker: "電影與電視，2011至2022年",
  storyDek:
    "香港與內地語言相通、文化相近，每年跨境買賣電影和電視節目。香港賣出的影視產品，大部分由內地買下；但在香港，日本和荷里活賣得比內地多。",
  bylineReadingOf: "本文解讀",
  bylinePaper: "一篇2025年的論文",
  bylineInJournal: "，刊於",
  bylineTablesFrom: "；論文的表格根據",
  bylineData: "公開數據",
  bylineChecked: "重製，論文所述的每個數字均經核對。",
  tocHeading: "章節",
  chapter: (n) => `第${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n - 1] ?? n}章`,
  leadMore: (n) => `${ZH_HK.chapter(n)}逐步細看`,

  notesSummary: (n) => `數據説明（${n}項），包括缺漏的數據及原因`,
  chartTipHint: "用方向鍵逐一讀出數值；按Esc鍵關閉讀數。",

  chartsTitle: "圖表",
  chartsDescription: "論文每一幅圖和每一個表均已重製，可嵌入、下載及引用。",
  chartsHeading: "圖表",
  chartsLede: "論文的每一幅圖和每一個表，均根據數據重製。每頁載有圖表、數據、下載檔案、嵌入代碼及引用格式。程式可讀取的清單見",
  chartsLedeJson: "JSON檔",

  breadcrumb: "導覽路徑",
  breadcrumbStory: "報道",
  breadcrumbCharts: "圖表",
  aboutChart: "關於此圖",
  aboutTable: "關於此表",
  dataLabel: "數據",
  download: "下載",
  downloadCsv: "數據（CSV）",
  downloadCsvNote: (rows) => `所示的${rows}行，UTF-8編碼`,
  downloadSvg: "圖像（SVG）",
  downloadSvgNote: "向量圖，附標題及資料來源",
  downloadPng: "圖像（PNG）",
  downloadPngNote: "兩倍解像度，附標題及資料來源",
  embed: "嵌入",
  embedIntro:
    "把以下代碼貼到你的文章中。iframe本身即可顯示；可選用的程式碼會自動調整其高度。使用pym.js的新聞機構可把pym.Parent指向嵌入網址。支援oEmbed的內容管理系統可直接嵌入本頁網址。",
  embedCode: "嵌入代碼（iframe）",
  imageCode: "不容許iframe時（電子報、AMP）：附連結的靜態圖像",
  cite: "引用",
  citation: "引用格式",
  dataBehind: "背後的數據",
  rowsCaption: (ref) => `${ref}的數據行，與CSV下載檔相同`,
  embedCredit: "數據及下載",

  dataEdition: (name) => `數據版本${name}`,
  newerData: (name) => `較新數據：${name}`,
  pinnedNote: (name, date, kind) =>
    `此${kind === "chart" ? "圖" : "表"}固定於${date}的數據版本${name}：即使數據日後更新，${kind === "chart" ? "圖" : "表"}中數字亦不會改變。`,
  latestNote: (name, date) => `根據最新數據繪製：${date}的數據版本${name}。`,
  seeLatest: "查看最新數據的版本",
  embedPinned: (name) => `嵌入代碼（固定於數據版本${name}）`,
  embedPinnedNote: "適用於文章：無論日後加入或更正甚麼數據，圖表都會保留文章所述的數字；如有更正涉及此圖表，圖表會註明並附上連結。",
  embedLatestSummary: "或：永遠顯示最新數據",
  embedLatest: "嵌入代碼（永遠顯示最新數據）",
  embedLatestNote: "數據每次更新（加入新年份或作出更正），此圖表都會隨之改變：適用於文字不依賴圖表數字的地方。",
  correctionNotice: (date) => `更正（${date}）：`,
  correctionLink: "更正內容及原因",
  correctedImage: (date, name, url) => `已於${date}在數據版本${name}更正：${url}`,

  footerCorrections: "更正",
  graphicKind: (kind) => (kind === "chart" ? "圖" : "表"),
  correctionsTitle: "更正",
  correctionsDescription: "已發佈數據的每一項更正：更改了甚麼、原因，以及涉及哪些固定版本的圖表。",
  correctionsHeading: "更正",
  correctionsLede:
    "已發佈的數字如發現有誤，我們不會直接修改，而是以新的數據版本作出更正，並在此列出更改內容及原因。" +
    "固定於被更正版本的圖表會保留原來的數字，讓文章仍然顯示撰文時所依據的數據，同時附上連往本頁的更正通知。",
  correctionsNone: "至今沒有已發佈的數據需要更正。",
  correctionsPublished: (name, corrects) => `以數據版本${name}發佈；更正數據版本${corrects}。`,
  correctionsWhat: "更改內容",
  correctionsWhy: "原因",
  correctionsAffected: "涉及的固定版本圖表",
  correctionsAsPublished: (name) => `原來的版本（${name}）`,
  correctionsCorrected: (name) => `更正後的版本（${name}）`,
  correctionsNoPinned: "沒有：被更正版本的固定圖表，均不是以更改了的數據繪製。",

  copy: "複製",
  copied: "已複製到剪貼簿。",
  copyFailed: "請選取文字後複製。",

  checksTitle: "核實論文：每一句經檢驗的句子",
  checksDescription: "論文中每一句可由其表格判斷的句子，照原文引述，連同判定、解讀及作出判定的數字，均由數據計算得出。",
  checksHeading: "核實論文",
  checksLede: "論文中每一句陳述數字、排名、趨勢或比較，而其表格足以判斷的句子，都在每次建置網站時以表格驗證。報道最後一章撮述結果。",
  checksChapter: "報道中的核實一章",
  checksSentences: "論文的句子，逐句核對",
  checksTables: "表與表互相核對",
  checksTablesText: "跨表加總可揪出轉錄錯誤，無論錯在我們還是論文。論文前後不一之處，數據保留論文所印的數字，矛盾則列於此。",

  notFoundTitle: "找不到網頁",
  notFoundDescription: "此網頁不存在。報道、每一幅圖表及數據的連結見本頁。",
  notFoundKicker: "錯誤404",
  notFoundHeading: "此網頁不存在",
  notFoundText: "網址可能有誤，或網頁已搬遷。圖表的網址（/zh-hk/charts/）不會更改，文章中的連結應該有效；如果無效，可在下列清單找到。",
  notFoundChapters: "報道各章",
  notFoundAlso: "其他內容",
  notFoundCharts: "全部圖表",
  notFoundChartsNote: "，可嵌入、下載或引用",
  notFoundData: "數據",
  notFoundDataNote: "，CSV檔案連資料來源",
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en: EN, "zh-hk": ZH_HK };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
