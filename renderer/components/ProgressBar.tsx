/** A determinate bar; `label` names it for assistive technology and is shown beside it when `showLabel`. */
export function ProgressBar({ value, max, label, showLabel = false }: { value: number; max: number; label: string; showLabel?: boolean }) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
      >
        <div className="progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      {showLabel && <span className="progress__label">{label}</span>}
    </div>
  );
}
