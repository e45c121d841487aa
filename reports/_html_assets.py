"""Static CSS and JavaScript embedded in the HTML report (no page data in here).

Both are inserted verbatim inside nonce'd ``<style>`` / ``<script>`` elements,
so they must never contain ``</``.  The script only reads ``data-*``
attributes and toggles ``hidden`` / classes; it never builds markup from text.
"""
from __future__ import annotations

CSS = """
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--paper:#fff;--bg:#f3f4f6;
--accent:#0b3d91;--high:#116329;--high-bg:#dafbe1;--moderate:#7a5b00;--moderate-bg:#fff4c2;
--low:#9c3d00;--low-bg:#ffe8d6;--very_low:#b3122a;--very_low-bg:#ffe3e6;
--serif:Charter,"Bitstream Charter","Source Serif Pro",Georgia,"DejaVu Serif",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;
--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--sans)}
[hidden]{display:none!important}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,mark:focus-visible,summary:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.masthead{background:#0f172a;color:#f8fafc;padding:18px 24px 16px;border-bottom:4px solid #c8102e}
.masthead .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 18px}
.brand{font:700 22px/1.1 var(--serif);letter-spacing:.01em;margin:0}
.brand span{font-weight:400;color:#cbd5e1}
.mast-meta{color:#cbd5e1;font-size:13px}
.wrap{max-width:1080px;margin:0 auto}
main.wrap{padding:8px 16px 48px}
.bdi{unicode-bidi:isolate}
.filters{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line);
box-shadow:0 1px 3px rgba(0,0,0,.06);padding:8px 16px}
.filters .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px}
.fgroup{display:flex;flex-wrap:wrap;align-items:center;gap:4px}
.fgroup>b{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:2px}
.chip{font:500 12.5px/1 var(--sans);border:1px solid var(--line);background:#fff;color:var(--ink);
border-radius:999px;padding:5px 10px;cursor:pointer}
.chip:hover{border-color:#8c959f}
.chip[aria-pressed=true]{background:#0f172a;border-color:#0f172a;color:#fff}
.chip .n{color:var(--muted);margin-left:4px;font-variant-numeric:tabular-nums}
.chip[aria-pressed=true] .n{color:#cbd5e1}
.fstatus{margin-left:auto;font-size:12.5px;color:var(--muted)}
.toc,.doc{background:var(--paper);border:1px solid var(--line);border-radius:8px;margin:18px 0;padding:18px 22px}
.toc h2{font:700 15px var(--sans);text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
.toc ol{margin:0;padding-left:22px}
.toc li{margin:4px 0}
.toc .tmeta{color:var(--muted);font-size:13px;margin-left:6px}
.doc-head h2{font:700 26px/1.2 var(--serif);margin:0 0 6px;overflow-wrap:anywhere}
.src{font:12.5px/1.4 var(--mono);color:var(--muted);overflow-wrap:anywhere;margin:0 0 4px}
.src b{font-family:var(--sans);font-weight:600}
.error{border:1px solid #ff8182;background:#ffebe9;color:#82071e;border-radius:6px;padding:10px 14px;margin:12px 0;overflow-wrap:anywhere}
.empty{color:var(--muted);font-style:italic}
.summary{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:10px;margin:16px 0}
.stat{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:#fafbfc}
.stat .v{display:block;font:700 26px/1.1 var(--serif);font-variant-numeric:tabular-nums}
.stat .k{display:block;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.stat.alert{border-color:#ff8182;background:#fff5f5}
.stat.alert .v{color:#b3122a}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:18px;margin:4px 0 8px}
.chart h3,.doubtful h3{font:600 12px var(--sans);text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 6px}
.bar{display:block;width:100%;height:16px;border-radius:3px;background:#eaeef2}
.legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 14px;font-size:12.5px}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:0}
.legend .n{font-variant-numeric:tabular-nums;color:var(--muted)}
.f-high{fill:#2da44e}.f-moderate{fill:#d4a72c}.f-low{fill:#e16f24}.f-very_low{fill:#cf222e}.f-ungraded{fill:#afb8c1}
.b-high{background:#2da44e}.b-moderate{background:#d4a72c}.b-low{background:#e16f24}.b-very_low{background:#cf222e}.b-ungraded{background:#afb8c1}
.f-guideline{fill:#0969da}.f-research{fill:#8250df}.f-news{fill:#1b7c83}.f-marketing{fill:#bf3989}
.f-anecdote{fill:#9a6700}.f-boilerplate{fill:#6e7781}.f-other{fill:#424a53}.f-unknown{fill:#c4c9cf}
.b-guideline{background:#0969da}.b-research{background:#8250df}.b-news{background:#1b7c83}.b-marketing{background:#bf3989}
.b-anecdote{background:#9a6700}.b-boilerplate{background:#6e7781}.b-other{background:#424a53}.b-unknown{background:#c4c9cf}
.doubtful{margin:14px 0 6px;border-top:1px solid var(--line);padding-top:12px}
.doubtful ol{margin:0;padding-left:0;list-style:none}
.doubtful li{display:flex;gap:10px;align-items:baseline;padding:3px 0}
.doubtful a{color:var(--ink);text-decoration:underline;text-decoration-color:#afb8c1;text-underline-offset:3px;overflow-wrap:anywhere}
.doubtful a:hover{text-decoration-color:var(--ink)}
.pill{display:inline-block;min-width:3.2em;text-align:center;border-radius:4px;padding:1px 6px;
font:700 12px/1.5 var(--sans);font-variant-numeric:tabular-nums;white-space:nowrap}
.g-high{background:var(--high-bg);color:var(--high)}.g-moderate{background:var(--moderate-bg);color:var(--moderate)}
.g-low{background:var(--low-bg);color:var(--low)}.g-very_low{background:var(--very_low-bg);color:var(--very_low)}
.g-ungraded{background:#eaeef2;color:var(--muted)}
.sec{border-left:4px solid #c4c9cf;padding:2px 0 2px 16px;margin:22px 0 0}
.sec.k-guideline{border-color:#0969da}.sec.k-research{border-color:#8250df}.sec.k-news{border-color:#1b7c83}
.sec.k-marketing{border-color:#bf3989}.sec.k-anecdote{border-color:#9a6700}.sec.k-boilerplate{border-color:#6e7781}
.sec.k-other{border-color:#424a53}
.sec-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 8px}
.sec-head h3{font:700 18px/1.3 var(--serif);margin:0;overflow-wrap:anywhere}
.untitled{color:var(--muted);font-style:italic;font-weight:400}
.badge{display:inline-block;font:600 11px/1.6 var(--sans);text-transform:uppercase;letter-spacing:.05em;
border-radius:3px;padding:0 6px;border:1px solid transparent;white-space:nowrap}
.badge.genre{color:#fff}
.badge.genre.b-unknown{background:#eaeef2;color:#424a53;border-color:#afb8c1}
.badge.promo{background:#fff1e5;color:#8a3300;border-color:#ffb77c}
.badge.disc{background:#eef6ff;color:#0a4a9e;border-color:#9ecbff;text-transform:none;letter-spacing:0;white-space:normal;overflow-wrap:anywhere}
.badge.undisc{background:#ffebe9;color:#82071e;border-color:#ff8182}
.sec-meta{font-size:12.5px;color:var(--muted);margin:2px 0 6px}
.claims{list-style:none;margin:0;padding:0}
.claim{display:grid;grid-template-columns:72px minmax(0,1fr);gap:12px;padding:10px 0;border-top:1px solid #eaeef2}
.claim:first-child{border-top:0}
.claim,.doc,.sec{scroll-margin-top:96px}
.claim:target{background:#fffbdd;box-shadow:0 0 0 6px #fffbdd}
.score{text-align:center;border-radius:6px;padding:6px 0 5px;align-self:start}
.score .num{display:block;font:700 22px/1 var(--serif);font-variant-numeric:tabular-nums}
.score .lab{display:block;font:600 10.5px/1.4 var(--sans);text-transform:uppercase;letter-spacing:.02em;margin-top:3px}
.ctext{font:16.5px/1.6 var(--serif);margin:0 0 6px;overflow-wrap:anywhere;white-space:pre-wrap}
.cmeta{display:flex;flex-wrap:wrap;gap:4px 6px;font-size:12.5px;color:var(--muted);align-items:center}
.tag{border:1px solid var(--line);border-radius:3px;padding:0 6px;background:#f6f8fa;color:#424a53}
.tag.warn{background:#fff1e5;border-color:#ffb77c;color:#8a3300}
.tag.hedge{background:#eef6ff;border-color:#9ecbff;color:#0a4a9e}
.cid{font-family:var(--mono);font-size:11.5px;overflow-wrap:anywhere}
.sig,.km{color:inherit;background:#fff3a3;border-bottom:2px solid #d4a72c;padding:0 1px;border-radius:2px}
mark.sig{position:relative;cursor:help}
.s-commercial{background:#ffe0ef;border-bottom-color:#bf3989}
.s-booster{background:#ffe8d6;border-bottom-color:#e16f24}
.s-hedge{background:#e3f0ff;border-bottom-color:#0969da}
.s-evidence{background:#efe6ff;border-bottom-color:#8250df}
.s-sample{background:#d8f3f1;border-bottom-color:#1b7c83}
.s-multi{border-bottom-style:double;border-bottom-width:3px}
.key{font-size:12.5px;color:var(--muted);margin:14px 0 0;display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center}
.key .km{color:var(--ink)}
mark.sig:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;margin-top:6px;z-index:4;
white-space:pre-wrap;width:max-content;max-width:min(28rem,80vw);overflow-wrap:anywhere;font:500 12px/1.4 var(--sans);color:#fff;background:#0f172a;padding:5px 8px;border-radius:4px;
box-shadow:0 2px 6px rgba(0,0,0,.2);pointer-events:none}
mark.sig.on{outline:2px solid #0f172a}
details.why{margin-top:6px;font-size:13.5px}
details.why summary{cursor:pointer;color:var(--accent);font-weight:600;font-size:12.5px}
details.why ul{margin:6px 0;padding-left:20px}
details.why li{overflow-wrap:anywhere}
table.sigs{border-collapse:collapse;margin:6px 0;font-size:12.5px;width:100%}
table.sigs th,table.sigs td{text-align:left;border-bottom:1px solid #eaeef2;padding:3px 8px 3px 0;vertical-align:top;overflow-wrap:anywhere}
table.sigs th{color:var(--muted);font-weight:600}
table.sigs tr.on td{background:#fffbdd}
.foot{color:var(--muted);font-size:12px;text-align:center;margin:24px 0 0}
@media (max-width:720px){.filters{position:static}.claim,.doc,.sec{scroll-margin-top:8px}.summary{grid-template-columns:repeat(2,minmax(0,1fr))}.charts{grid-template-columns:1fr}
.claim{grid-template-columns:52px minmax(0,1fr)}}
@media print{body{background:#fff;font-size:11pt}.filters{display:none!important}.masthead{background:#fff;color:#000;border-bottom:2px solid #000}
.brand span,.mast-meta{color:#333}.toc,.doc{border:0;padding:0;margin:0 0 16px}.doc{break-before:page}
.doc:first-of-type{break-before:auto}.claim{break-inside:avoid}mark.sig::after{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}
"""

JS = """
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  var claims = Array.prototype.slice.call(document.querySelectorAll("li.claim"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.sec"));
  var active = {genre: [], grade: [], flag: []};
  function has(list, value) { return list.indexOf(value) !== -1; }
  function matches(el) {
    if (active.genre.length && !has(active.genre, el.getAttribute("data-genre"))) { return false; }
    if (active.grade.length && !has(active.grade, el.getAttribute("data-grade"))) { return false; }
    if (active.flag.length) {
      var flags = (el.getAttribute("data-flags") || "").split(" ");
      if (!active.flag.some(function (f) { return has(flags, f); })) { return false; }
    }
    return true;
  }
  function apply() {
    var shown = 0;
    claims.forEach(function (el) { var ok = matches(el); el.hidden = !ok; if (ok) { shown += 1; } });
    var filtering = active.genre.length + active.grade.length + active.flag.length > 0;
    sections.forEach(function (sec) {
      var own = sec.querySelectorAll("li.claim");
      var visible = sec.querySelectorAll("li.claim:not([hidden])");
      sec.hidden = filtering && (own.length === 0 || visible.length === 0);
    });
    var status = document.getElementById("fstatus");
    if (status) { status.textContent = "Showing " + shown + " of " + claims.length + " claims"; }
  }
  function clear() {
    active = {genre: [], grade: [], flag: []};
    Array.prototype.forEach.call(bar.querySelectorAll("button.chip"), function (b) {
      b.setAttribute("aria-pressed", "false");
    });
    apply();
  }
  if (bar) {
    bar.hidden = false;
    bar.addEventListener("click", function (ev) {
      var b = ev.target.closest("button");
      if (!b) { return; }
      if (b.id === "fclear") { clear(); return; }
      var group = active[b.getAttribute("data-group")];
      if (!group) { return; }
      var value = b.getAttribute("data-value");
      var on = b.getAttribute("aria-pressed") !== "true";
      b.setAttribute("aria-pressed", on ? "true" : "false");
      if (on) { group.push(value); } else { group.splice(group.indexOf(value), 1); }
      apply();
    });
    apply();
  }
  function reveal(mark) {
    var claim = mark.closest("li.claim");
    if (!claim) { return; }
    var details = claim.querySelector("details.why");
    if (details) { details.open = true; }
    var wanted = (mark.getAttribute("data-s") || "").split(" ");
    Array.prototype.forEach.call(claim.querySelectorAll("mark.sig, tr[data-i]"), function (el) {
      var ids = (el.getAttribute("data-s") || el.getAttribute("data-i") || "").split(" ");
      el.classList.toggle("on", ids.some(function (i) { return has(wanted, i); }));
    });
  }
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark.sig");
    if (mark) { reveal(mark); return; }
    var link = ev.target.closest("a[href^='#']");
    if (link && bar) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target && (target.hidden || target.closest("[hidden]"))) { clear(); }
    }
  });
  document.addEventListener("keydown", function (ev) {
    var mark = ev.target.closest && ev.target.closest("mark.sig");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); reveal(mark); }
  });
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll("details.why"), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });
}());
"""

if "</" in CSS or "</" in JS:  # would end the element early
    raise ValueError("embedded CSS/JS must not contain '</'")
