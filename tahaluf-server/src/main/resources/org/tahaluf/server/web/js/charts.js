// Monthly cooperation and conflict as stacked bars (ECharts), conflict drawn below zero.

import { t } from './i18n.js';

export function signedBars(box, points, markers) {
  const chart = echarts.init(box, null, { renderer: 'svg' });
  const rtl = document.documentElement.dir === 'rtl';
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Noto Sans Arabic, sans-serif' },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: [t('sign.1'), t('sign.-1')], top: 0 },
    grid: { left: 40, right: 40, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => p.label), inverse: rtl },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
    series: [
      { name: t('sign.1'), type: 'bar', stack: 'sign', barMaxWidth: 36, itemStyle: { color: '#2e8b57' },
        data: points.map((p) => p.cooperation), markLine: markers && markers.length
          ? { symbol: 'none', lineStyle: { color: '#1f6feb', type: 'dashed' }, label: { formatter: '{b}' },
            data: markers.map((m) => ({ name: m.name, xAxis: m.label })) } : undefined },
      { name: t('sign.-1'), type: 'bar', stack: 'sign', barMaxWidth: 36, itemStyle: { color: '#c0392b' },
        data: points.map((p) => -p.conflict) },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}
