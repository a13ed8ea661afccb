/** A titled card holding a bulleted list (reality check, action plan, resume tips). */
export function CardList(props: { title: string; items: readonly string[] }) {
  return (
    <div class="card">
      <h3>{props.title}</h3>
      <ul>
        {props.items.map((text) => (
          <li>{text}</li>
        ))}
      </ul>
    </div>
  );
}
