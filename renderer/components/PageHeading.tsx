/** A screen's title, with how many items it lists beside it once there are any. */
export function PageHeading({ id, title, count }: { id: string; title: string; count: string | null }) {
  return (
    <div className="page-heading">
      <h1 id={id}>{title}</h1>
      {count !== null && <p className="muted">{count}</p>}
    </div>
  );
}
