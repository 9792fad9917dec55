"""The self-contained HTML comparison report: findings, a theme chart, and the two texts side by side.

No external assets: styles inline, the chart drawn as SVG, and a few lines of script that only scroll to
and flash an aligned provision when its partner is clicked (links work without the script too).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from docanalyze.io.html import STYLE, legend, provision_html
from docanalyze.io.plots import theme_shares
from docanalyze.models import THEME_LABELS

if TYPE_CHECKING:
    from docanalyze.compare import Comparison

REPORT_STYLE = """
body{margin:0;font-family:system-ui,sans-serif;color:#222}
header{padding:1em 1.5em;background:#f4f4f7;border-bottom:1px solid #ddd}
h1{font-size:1.3em;margin:0 0 .3em}
#findings ol{margin:.3em 0;padding-left:1.4em}#findings li{margin:.25em 0}
.finding-kind{font-size:.75em;text-transform:uppercase;color:#666;margin-right:.5em}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;padding:1em 1.5em}
.columns .da-doc{max-width:none}
.pair-link{font-size:.7em;margin-left:.4em;text-decoration:none}
.flash{outline:3px solid #f0a500;transition:outline .3s}
.da-unaligned{opacity:.75}
"""
SCRIPT = """
document.querySelectorAll('a.pair-link').forEach(function (link) {
  link.addEventListener('click', function () {
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) { return; }
    target.classList.add('flash');
    setTimeout(function () { target.classList.remove('flash'); }, 1200);
  });
});
"""


def theme_chart_svg(comparison: Comparison) -> str:
    """Grouped bars of each document's share of words per theme."""
    shares = [theme_shares(comparison.a), theme_shares(comparison.b)]
    colours = ("#4c78a8", "#f58518")
    width, height, bar = 420, 150, 30
    parts = [
        f'<svg id="theme-chart" width="{width}" height="{height + 40}" role="img" '
        'aria-label="share of words per theme" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, label in enumerate(THEME_LABELS):
        x0 = 20 + i * 100
        for k, share in enumerate(shares):
            h = round(share[label] * height, 1)
            parts.append(
                f'<rect x="{x0 + k * bar}" y="{height - h}" width="{bar - 4}" height="{h}" '
                f'fill="{colours[k]}"><title>{label}: {share[label]:.0%}</title></rect>'
            )
        parts.append(f'<text x="{x0}" y="{height + 15}" font-size="11">{label}</text>')
    parts.append(
        f'<text x="20" y="{height + 35}" font-size="11" fill="{colours[0]}">■ A</text>'
        f'<text x="60" y="{height + 35}" font-size="11" fill="{colours[1]}">■ B</text></svg>'
    )
    return "".join(parts)


def _column(comparison: Comparison, side: str) -> str:
    doc = comparison.a if side == "a" else comparison.b
    other = "b" if side == "a" else "a"
    partner = {getattr(p, side).id: (getattr(p, other).id, p.score) for p in comparison.pairs}
    rows = [f'<div class="da-doc"><h2>{side.upper()}: {escape(doc.source or doc.id)}</h2>']
    for index, provision in enumerate(doc.provisions):
        html = provision_html(doc, index, anchor=f"{side}-{provision.id}")
        if provision.id in partner:
            pid, score = partner[provision.id]
            link = (
                f'<a class="pair-link" href="#{other}-{pid}" title="aligned, score {score:.2f}">'
                f"↔ {other.upper()} {pid}</a>"
            )
            html = html.replace("</p>", link + "</p>", 1)
        else:
            html = html.replace('<p class="', '<p class="da-unaligned ', 1)
        rows.append(html)
    rows.append("</div>")
    return "\n".join(rows)


def _finding_html(finding: dict, n: int) -> str:
    links = []
    for side in ("a", "b"):
        provision = finding[side].get("provision")
        if provision:
            links.append(f'<a href="#{side}-{provision}">{side.upper()} {provision}</a>')
    return (
        f'<li class="finding" data-kind="{finding["kind"]}" data-rank="{n}">'
        f'<span class="finding-kind">{escape(finding["kind"].replace("_", " "))}</span>'
        f"{escape(finding['summary'])} {' '.join(links)}</li>"
    )


def comparison_html(comparison: Comparison, max_findings: int = 40) -> str:
    data = comparison.to_dict()
    findings = "".join(_finding_html(f, n) for n, f in enumerate(data["findings"][:max_findings], 1))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>docanalyze comparison</title>
<style>{STYLE}{REPORT_STYLE}</style></head>
<body>
<header>
<h1>{escape(comparison.a.source or "A")} ↔ {escape(comparison.b.source or "B")}</h1>
<p>{len(comparison.pairs)} aligned provisions; {len(data["findings"])} findings.</p>
<section id="findings"><h2>Findings</h2><ol>{findings or "<li>No disagreement found.</li>"}</ol></section>
<section id="themes"><h2>Themes</h2>{theme_chart_svg(comparison)}</section>
{legend()}
</header>
<main class="columns">
{_column(comparison, "a")}
{_column(comparison, "b")}
</main>
<script>{SCRIPT}</script>
</body></html>
"""
