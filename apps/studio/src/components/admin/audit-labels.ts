/** What each audit action means, in the words of the staff who read the log. */
export const auditActionLabels: Record<string, string> = {
  "auth.login": "ログイン",
  "auth.login_failed": "ログイン失敗",
  "auth.password_change": "パスワード変更",
  "session.read": "受付の閲覧",
  "session.print": "印刷",
  "slip.resolve": "案内票の読み取り",
  "flow.create": "フローの作成",
  "flow.duplicate": "フローの複製",
  "flow.import": "フローの取り込み",
  "flow.publish": "フローの公開",
  "flow.submit": "公開の申請",
  "flow.approve": "公開の承認",
  "flow.return": "公開の差し戻し",
  "flow.withdraw": "公開の申請の取り下げ",
  "form.copy": "様式のコピー",
  "form.remove": "様式の削除",
  "department.create": "部署の作成",
  "department.update": "部署の変更",
  "municipality.update": "自治体の設定の変更",
  "staff.create": "職員の作成",
  "staff.update": "職員の変更",
  "staff.password_reset": "パスワード再設定",
  "audit.export": "監査ログの書き出し",
  "stats.export": "統計の書き出し",
  "handoff.read": "基幹系連携（API）",
  "handoff.export": "基幹系連携（ファイル）",
  "integration.create": "連携用トークンの作成",
  "integration.revoke": "連携用トークンの無効化",
};

const documentLabels: Record<string, string> = {
  slip: "手続き案内票",
  todoke: "住民異動届など",
  "department-forms": "各課の申請書",
  "okuyami-checklist": "おくやみ手続き一覧",
  "okuyami-forms": "おくやみ各課の申請書",
};

export const actionLabel = (action: string) => auditActionLabels[action] ?? action;

const detailKeyLabels: Record<string, string> = {
  seq: "版",
  draftVersion: "下書き版",
  flowId: "フロー",
  contentHash: "ハッシュ",
  departmentKey: "部署",
  departmentKeys: "部署",
  linkId: "連携",
  rows: "件数",
  loginId: "ログインID",
  roles: "役割",
  fromDay: "から",
  toDay: "まで",
  staffId: "職員",
  departmentId: "部署",
  action: "操作",
  retentionDays: "保存期間（日）",
  system: "連携先",
  count: "件数",
  format: "形式",
  name: "名前",
  previousRetentionDays: "変更前（日）",
};

/** Ids and hashes are long and alike: the first 8 characters tell rows apart (the CSV has them whole). */
function shortValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return /^[0-9a-f-]{32,}$/i.test(text) ? `${text.slice(0, 8)}…` : text;
}

/** The detail as one line: a print names its document, the rest as label: value. */
export function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      if (key === "document" && typeof value === "string") return documentLabels[value] ?? value;
      return `${detailKeyLabels[key] ?? key}: ${shortValue(value)}`;
    })
    .join("、");
}
