import type { ExtractedSkill } from '../../app/extractSkills.ts';
import type { RoleSummary } from '../../app/listRoles.ts';
import { Layout } from '../layout.tsx';
import { RoleDatalist, RoleField } from './roleDatalist.tsx';
import { SkillTick } from './skillTick.tsx';

/**
 * "Start from my résumé": paste a CV, a LinkedIn skills list or a job post; the next page proposes skills to
 * confirm. `from` and `to` carry a guide the person came from.
 */
export function ResumeBox(props: { from?: string | undefined; to?: string | undefined; compact?: boolean }) {
  return (
    <form method="post" action="/skills/extract" class={props.compact ? 'resume' : 'resume card'}>
      <label for="resume-text">Start from my résumé</label>
      <p class="muted" id="resume-help">
        Paste your CV, your LinkedIn skills or a job post. We propose the skills we recognise, with levels,
        for you to check. Nothing is stored or sent anywhere else.
      </p>
      <textarea
        id="resume-text"
        name="text"
        rows={props.compact ? 4 : 6}
        maxlength={20000}
        required
        aria-describedby="resume-help"
        placeholder="Skills: Excel (advanced), SQL, Tableau…"
      />
      {props.from ? <input type="hidden" name="from" value={props.from} /> : ''}
      {props.to ? <input type="hidden" name="to" value={props.to} /> : ''}
      <button type="submit">Find my skills</button>
    </form>
  );
}

/** The proposed skills, ticked, each with its level and the line it came from; confirming opens a guide. */
export function ResumeSkillsPage(props: {
  skills: readonly ExtractedSkill[];
  from?: string | undefined;
  to?: string | undefined;
  roles: readonly RoleSummary[];
  kbVersion: string;
}) {
  const { skills } = props;
  return (
    <Layout meta={{ title: 'Skills from your résumé', kbVersion: props.kbVersion }}>
      <h1>Skills from your résumé</h1>
      {skills.length === 0 ? (
        <>
          <p>
            We did not recognise any skill in that text. Try pasting the skills section of your CV, or a list
            such as “Excel, SQL, project planning”.
          </p>
          <ResumeBox from={props.from} to={props.to} />
        </>
      ) : (
        <form method="get" action="/go" class="card">
          <p>
            We found {skills.length} skill{skills.length === 1 ? '' : 's'}. Untick any you do not have and set
            each level; then choose the roles.
          </p>
          <fieldset class="skills-form">
            <legend class="visually-hidden">Skills you have</legend>
            {skills.map((skill) => (
              <SkillTick skill={skill} level={skill.level} checked>
                <p class="muted evidence">“{skill.evidence}”</p>
              </SkillTick>
            ))}
          </fieldset>
          <div class="search">
            <RoleField name="from" label="I am a… (optional)" value={props.from} placeholder="Teacher" />
            <RoleField
              name="to"
              label="I want to become a… (optional)"
              value={props.to}
              placeholder="Data Analyst"
            />
            <button type="submit">Show my plan</button>
          </div>
          <p class="muted">
            Without a target role you get the roles your skills fit best; without a current role the plan
            starts from these skills alone.
          </p>
          <RoleDatalist roles={props.roles} />
        </form>
      )}
    </Layout>
  );
}
