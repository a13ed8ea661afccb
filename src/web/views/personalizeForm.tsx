import { DEFAULT_KNOWN_LEVEL } from '../../app/parsePersonInput.ts';
import type { Guide } from '../../domain/guide/guideSchema.ts';
import { HoursField } from './hoursField.tsx';
import { SkillTick } from './skillTick.tsx';

/**
 * A plain GET form: ticked skills with their levels, hours, budget, salary and start date. Ticks and levels start
 * from what the guide already assumes (the person's input, else the source role's profile).
 */
export function PersonalizeForm(props: { guide: Guide; action: string }) {
  const { guide } = props;
  const known = guide.person.known;
  return (
    <form method="get" action={props.action}>
      <p class="muted">
        Tick the skills you have (a ticked skill counts at working level until you change it) and set your
        level. Unticked skills keep the level typical for a {guide.from.title}.
      </p>
      <fieldset class="skills-form">
        <legend class="visually-hidden">Skills you already have</legend>
        {guide.coverage.map((row) => (
          <SkillTick
            skill={row.skill}
            level={known[row.skill.id] || (row.held > 0 ? row.held : DEFAULT_KNOWN_LEVEL)}
            checked={row.skill.id in known || row.held > 0}
          />
        ))}
      </fieldset>
      <div class="form-row">
        <HoursField value={guide.person.hoursPerWeek} />
        <div>
          <label for="budget">Budget</label>
          <select id="budget" name="budget">
            <option value="any" selected={guide.person.budget === 'any'}>
              Any
            </option>
            <option value="free" selected={guide.person.budget === 'free'}>
              Free resources only
            </option>
          </select>
        </div>
        <div>
          <label for="salary">Current salary (USD)</label>
          <input
            id="salary"
            name="salary"
            type="number"
            min="1"
            inputmode="numeric"
            value={guide.person.currentSalary === undefined ? '' : String(guide.person.currentSalary)}
          />
        </div>
        <div>
          <label for="start">Start date</label>
          <input id="start" name="start" type="date" value={guide.person.startDate ?? ''} />
        </div>
      </div>
      <div class="actions">
        <button type="submit">Update my plan</button>
        <a class="button secondary" href={props.action}>
          Reset
        </a>
      </div>
    </form>
  );
}
