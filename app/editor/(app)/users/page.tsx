import { hasRole, listUsers } from "@/lib/auth/users.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { requireUser } from "@/app/_lib/session.server";
import { setUserDisabledAction } from "../../_actions/users";
import { CreateUserForm } from "../../_components/create-user-form";
import { CreateAgencyForm } from "../../_components/create-agency-form";
import { listAgencies, listMemberships } from "@/lib/agent/agencies.server";
import { formatDateTime, ROLE_LABEL } from "../../_components/format";
import { Notice } from "../../_components/notice";
import { buttonClass, cardClass, dangerButtonClass, h1Class, h2Class, tableClass, tdClass, thClass } from "../../_components/styles";

type SearchParams = Record<string, string | string[] | undefined>;

/** Accounts (admins only): the list, disable / enable, and a new account. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requireUser("/editor/users");
  if (!hasRole(user, "admin")) {
    return (
      <>
        <h1 className={h1Class}>Пользователи</h1>
        <p role="alert" className="text-sm font-medium text-red-800">
          Раздел доступен только администраторам.
        </p>
      </>
    );
  }
  const { db } = await getReadyDatabase();
  const [accounts, agencyList, memberships] = await Promise.all([listUsers(db), listAgencies(db), listMemberships(db)]);
  const membership = new Map(memberships.map((m) => [m.userId, m]));
  return (
    <>
      <h1 className={h1Class}>Пользователи</h1>
      <Notice error={params.error} />
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">Учётные записи</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Имя</th>
              <th scope="col" className={thClass}>Электронная почта</th>
              <th scope="col" className={thClass}>Роль</th>
              <th scope="col" className={thClass}>Создан</th>
              <th scope="col" className={thClass}>Состояние</th>
              <th scope="col" className={thClass}>Действие</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className={a.disabledAt ? "text-slate-500" : undefined}>
                <td className={tdClass}>
                  {a.name}
                  {a.id === user.id ? " (вы)" : ""}
                </td>
                <td className={tdClass}>{a.email}</td>
                <td className={tdClass}>
                  {ROLE_LABEL[a.role] ?? a.role}
                  {membership.get(a.id) ? <span className="text-slate-600"> — {membership.get(a.id)!.agencyName}{membership.get(a.id)!.isHead ? ", руководитель" : ""}</span> : null}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(a.createdAt)}</td>
                <td className={tdClass}>{a.disabledAt ? `отключён ${formatDateTime(a.disabledAt)}` : "активен"}</td>
                <td className={tdClass}>
                  {a.id === user.id ? (
                    "—"
                  ) : (
                    <form action={setUserDisabledAction}>
                      <input type="hidden" name="userId" value={a.id} />
                      <input type="hidden" name="disabled" value={a.disabledAt ? "no" : "yes"} />
                      <button type="submit" className={a.disabledAt ? buttonClass : dangerButtonClass}>
                        {a.disabledAt ? "Включить" : "Отключить"}
                        <span className="sr-only"> {a.email}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-600">Отключение сразу завершает все сессии пользователя.</p>
      <section aria-labelledby="new-user" className={`${cardClass} space-y-3`}>
        <h2 id="new-user" className={h2Class}>
          Новый пользователь
        </h2>
        <CreateUserForm agencies={agencyList.map((a) => ({ id: a.id, name: a.name }))} />
      </section>
      <section aria-labelledby="agencies" className={`${cardClass} space-y-3`}>
        <h2 id="agencies" className={h2Class}>
          Агентства
        </h2>
        {agencyList.length === 0 ? (
          <p className="text-sm text-slate-600">Агентств пока нет.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {agencyList.map((a) => (
              <li key={a.id}>
                {a.name} <span className="text-slate-600">({a.slug}{a.phone ? `, ${a.phone}` : ""}{a.email ? `, ${a.email}` : ""})</span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold text-brand-900">Новое агентство</h3>
        <CreateAgencyForm />
      </section>
    </>
  );
}
