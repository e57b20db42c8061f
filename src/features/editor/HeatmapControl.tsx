// The heatmap switch of the editor: off or one of the six metrics, and the legend of the chosen
// metric (each colour with the symbol or range its badges show, so colour is never the only cue).
// The legend is one compact line: its title (which the switch already shows) and the ranges of the
// value buckets (which their swatches already show) are there for screen readers only, and so is
// the note that the values are also in the steps table (the badges sit in the diagram's
// application region, which a screen reader's browse mode does not read).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hatchedClass } from '../../bpmn/heatmap/heatmapScale';
import type { HeatmapLegend } from '../../bpmn/heatmap/heatmapScale';
import { heatmapMetrics } from '../../state/appState';
import type { HeatmapMetric } from '../../state/appState';
import { SelectField } from '../../ui/SelectField';
import '../../ui/visuallyHidden.css';

export interface HeatmapControlProps {
  metric: HeatmapMetric | null;
  onChange: (metric: HeatmapMetric | null) => void;
  /** the legend of the chosen metric; absent while the heatmap is off */
  legend?: HeatmapLegend;
}

const off = 'off';

export function HeatmapControl({ metric, onChange, legend }: HeatmapControlProps) {
  const { t } = useTranslation(['editor', 'heatmap']);
  const legendId = useId();
  return (
    <div className="heatmap-control">
      <SelectField
        label={t('heatmap.label')}
        className="field--inline"
        value={metric ?? off}
        options={[{ value: off, label: t('heatmap.off') }, ...heatmapMetrics.map((value) => ({ value, label: t(`heatmap:metric.${value}`) }))]}
        onChange={(value) => onChange(value === off ? null : (value as HeatmapMetric))}
      />
      {legend ? (
        <figure className="heatmap-legend" aria-labelledby={legendId}>
          <figcaption id={legendId} className="visually-hidden">
            {legend.title}
          </figcaption>
          <ul className="heatmap-legend__items">
            {legend.items.map((item) => (
              <li key={String(item.bucket)}>
                <span
                  className={`heatmap-legend__swatch${item.pattern === 'hatched' ? ` ${hatchedClass}` : ''}`}
                  style={{ backgroundColor: item.fill, borderColor: item.stroke, color: item.textColor, borderStyle: item.dash ? 'dashed' : 'solid' }}
                  aria-hidden="true"
                >
                  {item.symbol}
                </span>
                {typeof item.bucket === 'number' ? (
                  <>
                    <span aria-hidden="true">{t(`heatmap:level.${item.bucket}`)}</span>
                    <span className="visually-hidden">{item.label}</span>
                  </>
                ) : (
                  item.label
                )}
              </li>
            ))}
          </ul>
          <p className="visually-hidden">{t('heatmap:legend.valuesInTable')}</p>
        </figure>
      ) : null}
    </div>
  );
}
