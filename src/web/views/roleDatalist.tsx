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
