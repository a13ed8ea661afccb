import type { Child } from 'hono/jsx';
import { levelName } from '../format.ts';

/** A ticked skill is one you have: levels run from aware to expert, and "none" is unticking it. */
const LEVELS = [1, 2, 3, 4, 5];

/**
 * One skill in a "skills you have" form: a checkbox (`have`) with the level beside it (`level-<id>`), as the
 * personalize form and the résumé page both send them.
 */
export function SkillTick(props: {
  skill: { id: string; name: string };
  level: number;
  checked: boolean;
  children?: Child;
}) {
  const { skill } = props;
  const id = `have-${skill.id}`;
  return (
    <div class="skill-row">
      <label for={id}>
        <input type="checkbox" id={id} name="have" value={skill.id} checked={props.checked} />
        {skill.name}
      </label>
      <select name={`level-${skill.id}`} aria-label={`Your level in ${skill.name}`}>
        {LEVELS.map((value) => (
          <option value={String(value)} selected={value === props.level}>
            {value} {levelName(value)}
          </option>
        ))}
      </select>
      {props.children}
    </div>
  );
}
