// Measures the results page as a reader meets it; run by reading.rs.
// Returns { smallest, small, offscreen, contrast, low, sentences, willing }.
const view = document.documentElement.clientWidth;
const charts = [...document.querySelectorAll('figure.chart svg')]
    .filter(svg => svg.getBoundingClientRect().width > 0);

// (1) Every SVG text's font size as shown: its size in the SVG's units
// times the SVG's scale on the screen.
const texts = charts.flatMap(svg => [...svg.querySelectorAll('text')]
    .filter(t => t.getBoundingClientRect().width > 0)
    .map(t => {
        const size = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
        return { svg, t, size, id: svg.closest('section').id };
    }));
const smallest = Math.min(...texts.map(x => x.size));
const small = texts.filter(x => x.size < 12)
    .slice(0, 5).map(x => `${x.id}: ${x.t.textContent} ${x.size.toFixed(1)}px`);

// (2) A table cell or chart outside the screen must sit in a scroll region
// a keyboard reaches: focusable, named, a region.
const region = e => {
    for (let p = e.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (['auto', 'scroll'].includes(s.overflowX)) {
            const r = p.getBoundingClientRect();
            return p.tabIndex >= 0 && p.getAttribute('role') === 'region'
                && !!p.getAttribute('aria-label') && r.left >= 0 && r.right <= view + 1;
        }
    }
    return false;
};
const offscreen = [...document.querySelectorAll('main td, main th'), ...charts]
    .filter(e => { const r = e.getBoundingClientRect();
                   return r.width > 0 && (r.left < 0 || r.right > view + 1); })
    .filter(e => !region(e))
    .slice(0, 5).map(e => `${e.closest('section') ? e.closest('section').id : ''} ${e.tagName} ${e.textContent.slice(0, 30)}`);

// (4) Each chart label against the colour beneath it, at its left end,
// middle and right end: the topmost filled rectangle there, else white.
const rgb = c => (c.match(/[\d.]+/g) || [255, 255, 255]).slice(0, 3).map(Number);
const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
                          return (x + 0.05) / (y + 0.05); };
const under = (svg, x, y) => {
    const rects = [...svg.querySelectorAll('rect')].reverse();
    for (const r of rects) {
        const fill = getComputedStyle(r).fill;
        if (!fill || fill === 'none' || getComputedStyle(r).fillOpacity === '0') continue;
        const b = r.getBoundingClientRect();
        if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return rgb(fill);
    }
    return [255, 255, 255];
};
const pairs = texts.map(({ svg, t, id }) => {
    const b = t.getBoundingClientRect(), y = b.top + b.height / 2;
    const ink = rgb(getComputedStyle(t).fill);
    const worst = Math.min(...[b.left + 1, (b.left + b.right) / 2, b.right - 1]
        .map(x => ratio(ink, under(svg, x, y))));
    return { id, text: t.textContent, worst };
});
const contrast = Math.min(...pairs.map(p => p.worst));
const low = pairs.filter(p => p.worst < 4.5).slice(0, 5)
    .map(p => `${p.id}: ${p.text} ${p.worst.toFixed(2)}`);

// (5) Each chart's sentence, for the check against the accessibility tree.
const sentences = [...document.querySelectorAll('section.result')]
    .map(s => [s.id, s.querySelector('.sentence').textContent.trim()]);

// On a phone the willingness chart's right half ("4–5 →") is on screen.
const arrow = [...document.querySelectorAll('#willingness svg text')]
    .find(t => t.textContent.includes('4–5'));
const willing = arrow ? Math.round(arrow.getBoundingClientRect().left) : null;
return { smallest, small, offscreen, contrast, low, sentences, willing, view };
