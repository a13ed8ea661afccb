import { DEFAULT_PERSON, HOURS_PER_WEEK } from '../../domain/guide/person.ts';

/** The "Hours per week" input every form shares, with the range the request schema accepts. */
export function HoursField(props: { value: string | number | undefined }) {
  return (
    <div>
      <label for="hours">Hours per week</label>
      <input
        id="hours"
        name="hours"
        type="number"
        min={String(HOURS_PER_WEEK.min)}
        max={String(HOURS_PER_WEEK.max)}
        value={String(props.value ?? DEFAULT_PERSON.hoursPerWeek)}
      />
    </div>
  );
}
