/**
 * Progressive enhancement: column headers of tables marked data-sortable become buttons that
 * sort the rows, announcing the order through aria-sort. Without JavaScript the table stays
 * in the paper's order.
 */
export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>("table[data-sortable]")) {
    if (table.dataset.enhanced) continue;
    table.dataset.enhanced = "true";
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((th, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.append(button);
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortBody(table, index, th.dataset.type === "number", ascending);
      });
    });
  }
}

function sortBody(table: HTMLTableElement, index: number, numeric: boolean, ascending: boolean): void {
  const body = table.tBodies[0]!;
  const key = (row: HTMLTableRowElement) => row.cells[index]?.dataset.sort ?? "";
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    // Missing values sort last whichever the direction.
    if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
    const c = numeric ? Number(x) - Number(y) : x.localeCompare(y, "en");
    return ascending ? c : -c;
  });
  body.append(...rows);
}
