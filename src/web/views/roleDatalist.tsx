import type { RoleSummary } from '../../app/listRoles.ts';

/** Autocomplete without JavaScript: every role title and alias as a datalist option. */
export function RoleDatalist(props: { roles: readonly RoleSummary[] }) {
  return (
    <datalist id="role-titles">
      {props.roles
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
