/*
 * Gongkai 公开 — the portal's charts. Progressive enhancement: each <script type="application/json"
 * class="chart-data"> beside a table holds the chart's data; this script draws it with ECharts
 * (served by this site, /vendor/echarts.min.js) in a figure before the table. Without script the
 * table alone is the page; the table always stays. Each chart has a title (figcaption), a text
 * summary as its accessible name (role="img"), and a fixed palette whose colours differ in
 * lightness, with patterns, so it reads in greyscale and in print.
 */
(function () {
  'use strict';
  // dark to light: distinct in greyscale; text colour for each
  var PALETTE = ['#1b3a5c', '#c25b12', '#7fa7cf', '#e6c35c', '#4a4a4a', '#b9d3a5', '#7a2e5d', '#d9d9d9'];
  var FONT = '"Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  function figure(data, before) {
    var fig = document.createElement('figure');
    fig.className = 'chart chart-' + data.kind;
    var cap = document.createElement('figcaption');
    cap.textContent = data.title;
    var box = document.createElement('div');
    box.className = 'chart-box';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', data.title + '。' + data.summary);
    var canvas = document.createElement('div');
    canvas.className = 'chart-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    box.appendChild(canvas);
    fig.appendChild(cap);
    fig.appendChild(box);
    before.parentNode.insertBefore(fig, before);
    return canvas;
  }

  function money(v) {
    if (v === null || v === undefined) { return '—'; }
    return Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function treemap(data) {
    function tile(t, colour) {
      var out = { name: t.name, value: Number(t.value), shown: t.shown, url: t.url };
      if (colour) { out.itemStyle = { color: colour }; }
      if (t.children) {
        out.children = t.children.map(function (c) { return tile(c, null); });
        out.upperLabel = { show: true };
      }
      return out;
    }
    var tiles = data.tiles.map(function (t, i) { return tile(t, PALETTE[i % PALETTE.length]); });
    // white text with a dark outline: legible on every colour of the palette, in print and in greyscale
    var label = { show: true, fontFamily: FONT, fontSize: 13, overflow: 'truncate', ellipsis: '…', color: '#ffffff',
      textBorderColor: '#1a1a1a', textBorderWidth: 2,
      formatter: function (p) { return p.data.name + '\n' + p.data.shown; } };
    return {
      color: PALETTE,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      tooltip: { formatter: function (p) { return p.data.name + '<br>' + p.data.shown; } },
      series: [{
        type: 'treemap', data: tiles, roam: false, nodeClick: false, breadcrumb: { show: false },
        left: 0, right: 0, top: 0, bottom: 0, width: '100%', height: '100%',
        label: label,
        upperLabel: { show: false, height: 24, fontFamily: FONT, color: '#1a1a1a', textBorderWidth: 0,
          formatter: function (p) { return p.data.name + '  ' + p.data.shown; } },
        levels: [
          { itemStyle: { borderColor: '#ffffff', borderWidth: 2, gapWidth: 2 } },
          { colorAlpha: [0.55, 1], itemStyle: { borderColor: '#ffffff', borderWidth: 1, gapWidth: 1 } }
        ]
      }]
    };
  }

  function bars(data, width) {
    var horizontal = data.categories.length > 6 || width < 600;
    var series = data.series.map(function (s, i) {
      return {
        name: s.name, type: 'bar', stack: data.stacked ? 'all' : undefined,
        data: s.values.map(function (v) { return v === null ? null : Number(v); }),
        itemStyle: { color: PALETTE[i % PALETTE.length], borderColor: '#1a1a1a', borderWidth: 0.5 }
      };
    });
    var labelWidth = horizontal ? Math.min(220, Math.max(90, width * 0.3))
        : Math.max(60, width / Math.max(1, data.categories.length) - 16);
    var category = { type: 'category', data: data.categories,
      axisLabel: { fontFamily: FONT, width: labelWidth, overflow: 'truncate', interval: 0 } };
    var value = { type: 'value', name: horizontal ? '' : data.unit, axisLabel: { fontFamily: FONT, hideOverlap: true } };
    // the legend under the plot, as many rows as it needs (an item: its mark and up to its longest name)
    var longest = 0;
    data.series.forEach(function (s) { longest = Math.max(longest, s.name.length); });
    var perRow = Math.max(1, Math.floor(width / (40 + 13 * longest)));
    var legendRows = data.series.length > 1 ? Math.ceil(data.series.length / perRow) : 0;
    return {
      option: {
        color: PALETTE,
        aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
        legend: { show: legendRows > 0, bottom: 0, itemGap: 14, textStyle: { fontFamily: FONT } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          valueFormatter: function (v) { return money(v) + data.unit; } },
        grid: { left: 8, right: 24, top: horizontal ? 8 : 28, bottom: 8 + legendRows * 24, containLabel: true },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
        series: series
      },
      horizontal: horizontal,
      legendRows: legendRows
    };
  }

  function draw(el) {
    var data;
    try { data = JSON.parse(el.textContent); } catch (e) { return; }
    var target = el.nextElementSibling || el;
    var canvas = figure(data, target);
    var width = canvas.clientWidth || 600;
    var option;
    if (data.kind === 'treemap') {
      option = treemap(data);
    } else {
      var b = bars(data, width);
      option = b.option;
      if (b.horizontal) {
        var per = data.stacked ? 30 : 14 + data.series.length * 14;
        canvas.style.height = Math.min(1600, 40 + b.legendRows * 24 + data.categories.length * per) + 'px';
      } else if (b.legendRows > 1) {
        canvas.style.height = (canvas.clientHeight + (b.legendRows - 1) * 24) + 'px';
      }
    }
    var chart = window.echarts.init(canvas, null, { renderer: 'svg', locale: 'ZH' });
    chart.setOption(option);
    if (data.kind === 'treemap') {
      chart.on('click', function (p) { if (p.data && p.data.url) { window.location.href = p.data.url; } });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (!window.echarts) { return; }
    var all = document.querySelectorAll('script.chart-data');
    for (var i = 0; i < all.length; i++) { draw(all[i]); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
