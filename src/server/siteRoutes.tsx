import type { Hono } from 'hono';
import { AppError } from '../app/appError.ts';
import { exploreRoles } from '../app/exploreRoles.ts';
import { extractSkills } from '../app/extractSkills.ts';
import { getHub } from '../app/getHub.ts';
import { getPath } from '../app/getPath.ts';
import { getSkill } from '../app/getSkill.ts';
import { listRoles } from '../app/listRoles.ts';
import { popularTransitions } from '../app/popularTransitions.ts';
import { resolveRole } from '../app/resolveRole.ts';
import { FAMILY_LABELS, groupByFamily, groupBySoc } from '../web/families.ts';
import { ExplorePage } from '../web/views/explorePage.tsx';
import { HomePage } from '../web/views/homePage.tsx';
import { HubPage } from '../web/views/hubPage.tsx';
import { PathPage } from '../web/views/pathPage.tsx';
import { ResumeSkillsPage } from '../web/views/resumeViews.tsx';
import { OccupationGroupPage, RolesPage } from '../web/views/rolesPage.tsx';
import { SkillPage } from '../web/views/skillPage.tsx';
import type { AppDeps } from './deps.ts';
import { formField, readForm, sameSiteForms } from './forms.ts';
import { failureView } from './problem.ts';

const pickQuery = (query: Record<string, string>, names: readonly string[]) =>
  Object.fromEntries(names.flatMap((name) => (query[name] ? [[name, query[name]]] : [])));

export function siteRoutes(app: Hono, deps: AppDeps): void {
  const { kb } = deps;
  const roles = listRoles(kb);
  const families = groupByFamily(roles.filter((role) => role.reviewed));
  const groups = groupBySoc(roles);
  // Explore offers the families that have roles.
  const familyOptions = Object.entries(FAMILY_LABELS)
    .filter(([family]) => roles.some((role) => role.family === family))
    .map(([family, label]) => ({ family, label }));

  app.get('/', (c) => {
    const popular = popularTransitions(kb);
    return c.html(<HomePage roles={roles} popular={popular} families={families} kbVersion={kb.kbVersion} />);
  });

  app.get('/roles', (c) =>
    c.html(
      <RolesPage
        families={families}
        groups={groups.map(({ code, label, roles: inGroup }) => ({ code, label, count: inGroup.length }))}
        kbVersion={kb.kbVersion}
      />,
    ),
  );

  app.get('/occupations/:group', (c) => {
    const code = c.req.param('group');
    const group = groups.find((candidate) => candidate.code === code);
    if (!group)
      throw new AppError('not-found', `There is no SOC major group "${code}"; see /roles for the list.`);
    return c.html(<OccupationGroupPage {...group} kbVersion={kb.kbVersion} />);
  });

  app.get('/roles/:id', (c) => {
    const raw = c.req.param('id');
    const role = resolveRole(kb, raw);
    if (role.id !== raw) return c.redirect(`/roles/${role.id}`, 301);
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(<HubPage hub={getHub(kb, role.id)} />);
  });

  app.get('/skills/:id', (c) => {
    const raw = c.req.param('id');
    failureView(c, { suggestionHref: (id) => `/skills/${id}` });
    const detail = getSkill(kb, raw);
    if (detail.skill.id !== raw) return c.redirect(`/skills/${detail.skill.id}`, 301);
    return c.html(<SkillPage detail={detail} kbVersion={kb.kbVersion} />);
  });

  // "Start from my résumé": the text arrives in a POST body (never in a URL or a log) and is not kept.
  app.post('/skills/extract', sameSiteForms(deps), async (c) => {
    const form = await readForm(c);
    const skills = extractSkills(kb, formField(form, 'text') ?? '');
    c.header('Cache-Control', 'no-store');
    return c.html(
      <ResumeSkillsPage
        skills={skills}
        from={formField(form, 'from')}
        to={formField(form, 'to')}
        roles={roles}
        kbVersion={kb.kbVersion}
      />,
    );
  });

  app.get('/explore', (c) => {
    const values = pickQuery(c.req.query(), [
      'from',
      'know',
      'family',
      'maxMonths',
      'jobZone',
      'education',
      'minPay',
      'minGrowth',
      'hours',
      'budget',
      'salary',
    ]);
    const asked = Boolean(values.from || values.know);
    failureView(c, {
      suggestionHref: (id) => `/explore?from=${id}`,
      // A skill list or filter that needs a fix keeps the form as typed, with the problem above it.
      inline: (problem) =>
        (
          <ExplorePage
            problem={problem}
            values={values}
            roles={roles}
            families={familyOptions}
            kbVersion={kb.kbVersion}
          />
        ).toString(),
    });
    const result = asked ? exploreRoles(kb, { ...values, limit: 12 }) : undefined;
    return c.html(
      <ExplorePage
        result={result}
        values={values}
        roles={roles}
        families={familyOptions}
        kbVersion={kb.kbVersion}
      />,
    );
  });

  app.get('/path', (c) => {
    const values = pickQuery(c.req.query(), ['from', 'to', 'maxSteps', 'hours']);
    failureView(c, { suggestionHref: (id) => `/path?from=${id}` });
    const result = values.from || values.to ? getPath(kb, values) : undefined;
    return c.html(<PathPage result={result} values={values} roles={roles} kbVersion={kb.kbVersion} />);
  });
}
