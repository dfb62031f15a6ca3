/**
 * Roles: job titles normalized to a role slug, seniority and O*NET-SOC / ESCO occupation codes.
 * @module
 */

export { createRoleCounter, type RoleCount, type RoleCounter, type Titled } from './count-roles.ts';
export { loadRoles, type Roles } from './load-roles.ts';
export { cleanTitle, normalizeTitle, slugOf } from './normalize-title.ts';
export { roleComponent } from './role-component.ts';
export { ROLE_FAMILIES, type RoleFamily } from './role-families.ts';
export { findSeniority, stripSeniority } from './seniority.ts';
export { titleKey } from './title-key.ts';
