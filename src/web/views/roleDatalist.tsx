import type { RoleSummary } from '../../app/listRoles.ts';

/**
 * Autocomplete without JavaScript: every reviewed role's title and aliases as a datalist option. The thousand
 * catalogue occupations and their 60,000 titles are left to the script's search (and all resolve when typed),
 * so a page does not carry them all.
 */
export function RoleDatalist(props: { roles: readonly RoleSummary[] }) {
  return (
    <datalist id="role-titles">
      {props.roles
        .filter((role) => role.reviewed)
        .flatMap((role) => [role.title, ...role.aliases])
        .map((name) => (
          <option value={name} />
        ))}
    </datalist>
  );
}

/** A labelled role field: the datalist without JavaScript, the autocomplete script with it. */
export function RoleField(props: {
  name: 'from' | 'to';
  label: string;
  value?: string | undefined;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <div>
      <label for={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        list="role-titles"
        autocomplete="off"
        data-autocomplete
        required={props.required ?? false}
        value={props.value ?? ''}
        placeholder={props.placeholder}
      />
    </div>
  );
}
