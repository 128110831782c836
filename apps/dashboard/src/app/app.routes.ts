import { inject } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { roleGuard, signedInGuard } from './core/auth/auth.guards';
import { AuthService, SIGN_IN_PATH } from './core/auth/auth.service';

/** One page, named for what each role does on it: a department head reads their own, a director assigns. */
const mineTitle: ResolveFn<string> = () => (inject(AuthService).hasRole('department_head') ? 'Chỉ số của tôi — CCHC' : 'Phân công — CCHC');

/** Vietnamese paths: they are what users bookmark and share. Everything but the sign-in page needs a session. */
export const routes: Routes = [
  {
    path: SIGN_IN_PATH,
    title: 'Đăng nhập — CCHC',
    loadComponent: () => import('./pages/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Tổng quan — CCHC',
        loadComponent: () => import('./pages/overview/overview.page').then((m) => m.OverviewPage),
      },
      { path: 'chi-so', title: 'Chỉ số — CCHC', loadComponent: () => import('./pages/indices/indices.page').then((m) => m.IndicesPage) },
      { path: 'so-sanh', title: 'So sánh — CCHC', loadComponent: () => import('./pages/compare/compare.page').then((m) => m.ComparePage) },
      {
        path: 'ho-so',
        title: 'Hồ sơ TTHC — CCHC',
        loadComponent: () => import('./pages/dossiers/dossiers.page').then((m) => m.DossiersPage),
      },
      {
        path: 'nhiem-vu',
        title: 'Nhiệm vụ — CCHC',
        loadComponent: () => import('./pages/tasks/tasks.page').then((m) => m.TasksPage),
      },
      {
        path: 'bao-cao',
        title: 'Báo cáo — CCHC',
        loadComponent: () => import('./pages/reports/reports.page').then((m) => m.ReportsPage),
      },
      {
        path: 'cua-toi',
        title: mineTitle,
        canActivate: [roleGuard('admin', 'director', 'department_head')],
        loadComponent: () => import('./pages/mine/mine.page').then((m) => m.MinePage),
      },
      {
        path: 'du-lieu',
        title: 'Dữ liệu — CCHC',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./pages/data/data.page').then((m) => m.DataPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
