import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Đơn vị hành chính (tỉnh, huyện, xã) với thời gian hiệu lực. */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  /** Các đơn vị trực thuộc có hiệu lực vào ngày `at` (mặc định hôm nay). */
  children: Array<AdministrativeUnit>;
  /** Mã đơn vị hành chính, giữ số 0 đầu ("08", "076", "02536"). */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: UnitLevel;
  /** Tên đầy đủ, ví dụ "Huyện Sơn Dương". */
  name: Scalars['String']['output'];
  parent?: Maybe<AdministrativeUnit>;
  /** Các đơn vị cũ đã nhập (toàn bộ hoặc một phần) vào đơn vị này. */
  predecessors: Array<UnitSuccessionType>;
  /** Các đơn vị mới mà đơn vị này đã nhập vào (toàn bộ hoặc một phần). */
  successors: Array<UnitSuccessionType>;
  /** Loại đơn vị: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn... */
  type: Scalars['String']['output'];
  /** Ngày bắt đầu hiệu lực (YYYY-MM-DD); trống: từ trước khi có dữ liệu. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Ngày hết hiệu lực (YYYY-MM-DD, ngày cuối còn hiệu lực); trống: đang hiệu lực. */
  validTo?: Maybe<Scalars['String']['output']>;
};


/** Đơn vị hành chính (tỉnh, huyện, xã) với thời gian hiệu lực. */
export type AdministrativeUnitChildrenArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
};

export type AssignTargetsInput = {
  /** Giao cho một đợt báo cáo; hoặc dùng `year`. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  targets: Array<TargetEntryInput>;
  /** Bắt buộc khi giao theo năm. */
  templateCode?: InputMaybe<Scalars['String']['input']>;
  /** Giao cho cả năm (mọi đợt của biểu mẫu trong năm đó, trừ khi đợt có chỉ tiêu riêng). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Kết quả đăng nhập: mã truy cập (JWT, ngắn hạn) gửi kèm header "Authorization: Bearer <token>", và mã làm mới (refreshToken) để lấy cặp mã mới qua mutation refreshToken khi mã truy cập hết hạn, không phải nhập lại mật khẩu. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Thời điểm mã truy cập hết hạn. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Thời điểm phiên đăng nhập hết hạn (mặc định 30 ngày sau khi đăng nhập); làm mới không kéo dài thời hạn này. */
  refreshExpiresAt: Scalars['DateTimeISO']['output'];
  /** Mã làm mới, dùng đúng một lần: mỗi lần làm mới trả về mã mới, mã cũ hết dùng được. Cất giữ như mật khẩu; không gửi trong header Authorization. */
  refreshToken: Scalars['String']['output'];
  /** Mã truy cập (JWT), mặc định có hiệu lực 15 phút. */
  token: Scalars['String']['output'];
  user: User;
};

/** Đợt báo cáo: một biểu mẫu, một kỳ số liệu, chuỗi các cấp với hạn nộp của từng cấp. */
export type Campaign = {
  __typename?: 'Campaign';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Số hiệu văn bản chỉ đạo, ví dụ "134-KH/TU". */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Số giờ ân hạn sau hạn nộp trước khi khóa (với LOCK_AFTER_GRACE). */
  graceHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  latePolicy: LatePolicy;
  /** Các cấp từ thấp lên cao, mỗi cấp một hạn nộp. */
  levels: Array<CampaignLevel>;
  name: Scalars['String']['output'];
  /** Ngày cuối kỳ số liệu (YYYY-MM-DD). */
  periodEnd: Scalars['String']['output'];
  /** Ngày đầu kỳ số liệu (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** Nhắc hạn trước hạn nộp bao nhiêu ngày, ví dụ [7, 3, 1]. */
  reminderDays: Array<Scalars['Int']['output']>;
  /** Hạn rơi vào ngày nghỉ (cuối tuần, lễ, Tết) được lùi sang hết ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự). */
  rollForwardRestDays: Scalars['Boolean']['output'];
  /** Đơn vị gốc; trống với đợt toàn quốc. */
  rootUnit?: Maybe<AdministrativeUnit>;
  template: Template;
};

/** Một cấp trong chuỗi báo cáo và hạn nộp của cấp đó. */
export type CampaignLevel = {
  __typename?: 'CampaignLevel';
  /** Hạn nộp (thời điểm, UTC). "Trước ngày 20/11" là 20/11 00:00 giờ Việt Nam. */
  dueAt: Scalars['DateTimeISO']['output'];
  level: UnitLevel;
  /** 0 là cấp thấp nhất của chuỗi. */
  rank: Scalars['Int']['output'];
};

export type CampaignProgress = {
  __typename?: 'CampaignProgress';
  campaign: Campaign;
  /** Các báo cáo ngay dưới đơn vị trong chuỗi, với trạng thái và hạn nộp. */
  children: Array<Report>;
  levels: Array<LevelProgress>;
  /** Báo cáo của đơn vị được xem; trống nếu cấp của đơn vị không có trong chuỗi (ví dụ huyện trong đợt hai cấp). */
  report?: Maybe<Report>;
  /** Mỗi báo cáo ngay dưới đơn vị một dòng (cùng các báo cáo như `children`): trạng thái, hạn nộp, đúng hạn hay muộn, số ngày muộn; báo cáo có cấp dưới kèm số liệu nộp của cấp dưới để xem tiếp. */
  units: Array<UnitProgress>;
};

/** Lịch báo cáo định kỳ: tự mở đợt báo cáo cho mỗi kỳ. */
export type CampaignSchedule = {
  __typename?: 'CampaignSchedule';
  active: Scalars['Boolean']['output'];
  deadlines: Array<ScheduleDeadline>;
  documentNumber?: Maybe<Scalars['String']['output']>;
  graceHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Kỳ gần nhất đã mở, ví dụ "YEAR:2025:1". */
  lastOpenedPeriod?: Maybe<Scalars['String']['output']>;
  latePolicy: LatePolicy;
  levels: Array<UnitLevel>;
  /** Tên đợt; "{period}" được thay bằng tên kỳ, ví dụ "Năm 2026". */
  name: Scalars['String']['output'];
  /** Mở đợt trước hạn nộp sớm nhất bao nhiêu ngày. */
  opensDaysBefore: Scalars['Int']['output'];
  periodKind: PeriodKind;
  reminderDays: Array<Scalars['Int']['output']>;
  rollForwardRestDays: Scalars['Boolean']['output'];
  rootUnit?: Maybe<AdministrativeUnit>;
  templateCode: Scalars['String']['output'];
};

/** Tình hình báo cáo của các đơn vị ngay dưới một báo cáo. */
export type ChildReportCounts = {
  __typename?: 'ChildReportCounts';
  /** Đã duyệt hoặc đã hoàn tất. */
  approved: Scalars['Int']['output'];
  /** Số báo cáo cấp dưới phải nộp. */
  expected: Scalars['Int']['output'];
  /** Đã nộp ít nhất một lần (kể cả đang bị trả lại). */
  submitted: Scalars['Int']['output'];
};

/** Tình hình báo cáo của các đơn vị cấp dưới. */
export type Completeness = {
  __typename?: 'Completeness';
  approved: Scalars['Int']['output'];
  /** Số đã duyệt / số phải báo cáo, ví dụ "12/15". */
  display: Scalars['String']['output'];
  draft: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  returned: Scalars['Int']['output'];
  /** Đã nộp (đang chờ duyệt hoặc đã duyệt). */
  submitted: Scalars['Int']['output'];
};

/** Một đơn vị cấp dưới trong bảng tổng hợp. */
export type ConsolidatedChild = {
  __typename?: 'ConsolidatedChild';
  /** Số liệu của đơn vị này đã được cộng vào số tổng hợp (báo cáo đã duyệt). */
  included: Scalars['Boolean']['output'];
  report: Report;
  /** Trạng thái báo cáo của đơn vị. */
  status: Scalars['String']['output'];
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
};

/** Số tổng hợp của một đơn vị (hoặc cả nước) trong một đợt, cập nhật ngay khi một báo cáo cấp dưới được duyệt, kèm số liệu từng đơn vị cấp dưới. */
export type ConsolidatedReport = {
  __typename?: 'ConsolidatedReport';
  campaignId: Scalars['ID']['output'];
  children: Array<ConsolidatedChild>;
  /** x/y đơn vị cấp dưới đã được tổng hợp. */
  completeness: Scalars['String']['output'];
  /** Số đơn vị cấp dưới. */
  expected: Scalars['Int']['output'];
  /** Số đơn vị cấp dưới đã được cộng vào số tổng hợp. */
  included: Scalars['Int']['output'];
  /** Báo cáo tổng hợp của đơn vị (trống với số toàn quốc). */
  report?: Maybe<Report>;
  /** Trống: toàn quốc (cộng các báo cáo cấp cao nhất đã hoàn tất). */
  unitCode?: Maybe<Scalars['String']['output']>;
  unitName: Scalars['String']['output'];
  /** Số tổng hợp theo thứ tự biểu mẫu, kèm chỉ tiêu kế hoạch và % kế hoạch đạt được. */
  values: Array<IndicatorValue>;
};

export type CreateCampaignInput = {
  /** Một hạn nộp cho mỗi cấp; cấp dưới phải sớm hơn cấp trên. */
  deadlines: Array<DeadlineInput>;
  /** Số hiệu văn bản, ví dụ "134-KH/TU". */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Số giờ ân hạn trước khi khóa (LOCK_AFTER_GRACE); mặc định 0. */
  graceHours?: InputMaybe<Scalars['Int']['input']>;
  /** Mặc định ALLOW_LATE: nhận báo cáo muộn và đánh dấu muộn. */
  latePolicy?: InputMaybe<LatePolicy>;
  /** Các cấp của chuỗi, ví dụ [COMMUNE, DISTRICT, PROVINCE] hoặc [COMMUNE, PROVINCE]. */
  levels: Array<UnitLevel>;
  name: Scalars['String']['input'];
  /** Ngày cuối kỳ số liệu (YYYY-MM-DD); danh mục đơn vị hiệu lực tại ngày này được dùng. */
  periodEnd: Scalars['String']['input'];
  /** Ngày đầu kỳ số liệu (YYYY-MM-DD). */
  periodStart: Scalars['String']['input'];
  /** Nhắc trước hạn bao nhiêu ngày; mặc định [7, 3, 1]. */
  reminderDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Lùi hạn rơi vào ngày nghỉ sang hết ngày làm việc tiếp theo; mặc định không. */
  rollForwardRestDays?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mã đơn vị gốc (cấp cao nhất của chuỗi); bỏ trống cho đợt toàn quốc (mọi tỉnh). */
  rootUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** Mã biểu mẫu, ví dụ "BHYT_COVERAGE". */
  templateCode: Scalars['String']['input'];
  /** Phiên bản biểu mẫu đã ban hành; bỏ trống: phiên bản ban hành mới nhất. */
  templateVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateScheduleInput = {
  deadlines: Array<ScheduleDeadlineInput>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Kỳ đầu tiên là kỳ chứa ngày này (YYYY-MM-DD); mặc định hôm nay. */
  firstPeriodDay?: InputMaybe<Scalars['String']['input']>;
  graceHours?: InputMaybe<Scalars['Int']['input']>;
  latePolicy?: InputMaybe<LatePolicy>;
  levels: Array<UnitLevel>;
  /** Tên đợt, có thể chứa "{period}", ví dụ "Báo cáo kết quả BHYT {period}". */
  name: Scalars['String']['input'];
  /** Mở đợt trước hạn sớm nhất bao nhiêu ngày (mặc định 30). */
  opensDaysBefore?: InputMaybe<Scalars['Int']['input']>;
  periodKind: PeriodKind;
  reminderDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  rollForwardRestDays?: InputMaybe<Scalars['Boolean']['input']>;
  /** Đơn vị gốc; bỏ trống cho toàn quốc. */
  rootUnitCode?: InputMaybe<Scalars['String']['input']>;
  templateCode: Scalars['String']['input'];
};

export type CreateUserInput = {
  /** Thư điện tử nhận thông báo; để trống nếu chỉ xem thông báo trong hệ thống. */
  email?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Ít nhất 10 ký tự. */
  password: Scalars['String']['input'];
  role: Role;
  /** Mã đơn vị hành chính nơi người dùng làm việc. */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};

export type DeadlineInput = {
  /** Thời điểm hết hạn, ISO-8601 có múi giờ, ví dụ "2019-04-20T00:00:00+07:00" cho "trước ngày 20/4/2019". */
  dueAt: Scalars['DateTimeISO']['input'];
  level: UnitLevel;
};

/** Đề nghị gia hạn nộp báo cáo. */
export type ExtensionRequest = {
  __typename?: 'ExtensionRequest';
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** Ý kiến khi chấp thuận hoặc lý do từ chối. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Hạn được chấp thuận (có thể khác hạn đề nghị). */
  grantedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  report: Report;
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedByName: Scalars['String']['output'];
  status: ExtensionStatus;
  /** Hạn mới được đề nghị. */
  until: Scalars['DateTimeISO']['output'];
};

/** Đề nghị gia hạn: chờ xử lý, được chấp thuận, bị từ chối. */
export type ExtensionStatus =
  | 'DENIED'
  | 'GRANTED'
  | 'PENDING';

/** Nguồn của ngày nghỉ: có sẵn trong hệ thống (BUILT_IN) hoặc do quản trị thêm/sửa (ADMIN). */
export type HolidaySource =
  | 'ADMIN'
  | 'BUILT_IN';

/** Kết quả nhập một đợt sắp xếp đơn vị hành chính (mọi số đếm là của lần nhập này). */
export type ImportReorganisationResult = {
  __typename?: 'ImportReorganisationResult';
  /** Tài khoản được chuyển sang đơn vị kế thừa (cùng mã, hoặc đơn vị nhận toàn bộ). */
  accountsMoved: Scalars['Int']['output'];
  /** Tài khoản còn ở đơn vị đã đóng mà không có một đơn vị kế thừa duy nhất (cấp huyện, xã bị chia tách). */
  accountsNotMoved: Scalars['Int']['output'];
  /** Số xã cũ đã đóng. */
  communesClosed: Scalars['Int']['output'];
  communesCreated: Scalars['Int']['output'];
  /** Số huyện đã đóng. */
  districtsClosed: Scalars['Int']['output'];
  /** Ngày các đơn vị mới bắt đầu hiệu lực (YYYY-MM-DD). */
  effectiveOn: Scalars['String']['output'];
  fullMerges: Scalars['Int']['output'];
  partialMerges: Scalars['Int']['output'];
  /** Trong đó, liên kết giữa các tỉnh. */
  provinceSuccessions: Scalars['Int']['output'];
  /** Số tỉnh cũ đã đóng (hết hiệu lực ngày trước ngày hiệu lực). */
  provincesClosed: Scalars['Int']['output'];
  provincesCreated: Scalars['Int']['output'];
  /** Mã cũ không có đơn vị nào hiệu lực ngày trước ngày hiệu lực; các dòng đó được bỏ qua. */
  skippedOldCodes: Array<Scalars['String']['output']>;
  /** Số liên kết kế thừa đã ghi (xã và tỉnh). */
  successions: Scalars['Int']['output'];
  /** Đúng khi không có gì thay đổi (bảng này đã được nhập trước đó). */
  unchanged: Scalars['Boolean']['output'];
  /** Đơn vị mới đổi tên/loại và liên kết đổi kiểu sáp nhập khi nhập lại một bảng đã sửa. */
  updated: Scalars['Int']['output'];
  /** Cảnh báo theo dòng của tệp. */
  warnings: Array<Scalars['String']['output']>;
};

/** Kết quả nhập danh mục đơn vị hành chính. */
export type ImportUnitsResult = {
  __typename?: 'ImportUnitsResult';
  communes: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  districts: Scalars['Int']['output'];
  provinces: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Chỉ tiêu của biểu mẫu. Mã chỉ tiêu là thỏa thuận ổn định với các hệ thống khác. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Cách tổng hợp lên cấp trên: SUM, AVERAGE, MIN, MAX, COUNT (x/y), RECOMPUTE, NONE, COLLECT_TEXT. */
  aggregation: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Mã bộ cột phân tổ; mỗi cột là một ô MÃ.CỘT. */
  columns?: Maybe<Scalars['String']['output']>;
  /** Với COUNT: điều kiện để một báo cáo cấp dưới được đếm. */
  condition?: Maybe<Scalars['String']['output']>;
  /** Với COUNT: cấp của các báo cáo được đếm (mặc định cấp dưới trực tiếp). */
  countLevel?: Maybe<Scalars['String']['output']>;
  formula?: Maybe<Scalars['String']['output']>;
  /** ENTERED (nhập), DERIVED (tính theo công thức hoặc đếm), ASSIGNED (cấp trên giao), TEXT (văn bản). */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Các cấp có chỉ tiêu này; trống: mọi cấp. */
  levels?: Maybe<Array<Scalars['String']['output']>>;
  required: Scalars['Boolean']['output'];
  /** Số thứ tự dòng như in trên biểu (1, 2, I, II...). */
  row?: Maybe<Scalars['String']['output']>;
  section: Scalars['String']['output'];
  /** Với chỉ tiêu được giao: mã chỉ tiêu được đánh giá theo kế hoạch này. */
  targetOf?: Maybe<Scalars['String']['output']>;
  /** Đơn vị tính: người, thẻ, %... */
  unit: Scalars['String']['output'];
  /** INTEGER, DECIMAL, PERCENT, TEXT, YES_NO (1 = có, 0 = không), DATE (YYYY-MM-DD). */
  valueType: Scalars['String']['output'];
};

/** Giá trị một ô của báo cáo: một chỉ tiêu, hoặc một cột của chỉ tiêu có phân tổ. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Mã ô: mã chỉ tiêu, hoặc MÃ.CỘT với chỉ tiêu có phân tổ (ví dụ PL4_INSURED.Y2009). */
  code: Scalars['String']['output'];
  /** Mã cột phân tổ, nếu có. */
  column?: Maybe<Scalars['String']['output']>;
  columnLabel?: Maybe<Scalars['String']['output']>;
  /** Giá trị viết theo kiểu Việt Nam: 204.908; 94,78%; 8/12; Có. */
  display?: Maybe<Scalars['String']['output']>;
  indicatorCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Phần trăm kế hoạch đạt được: thực hiện / kế hoạch × 100. */
  planAchievedPercent?: Maybe<Scalars['Float']['output']>;
  section: Scalars['String']['output'];
  /** ENTERED (nhập), DERIVED (tính), CONSOLIDATED (tổng hợp từ cấp dưới), ASSIGNED (được giao). */
  source: Scalars['String']['output'];
  /** Chỉ tiêu kế hoạch được giao cho ô này, nếu có. */
  target?: Maybe<Scalars['Float']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  /** Với chỉ tiêu đếm (COUNT): tổng số đơn vị được xét (y trong x/y). */
  total?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** Nộp muộn: được nộp và bị đánh dấu muộn, hoặc khóa sau thời gian ân hạn. */
export type LatePolicy =
  | 'ALLOW_LATE'
  | 'LOCK_AFTER_GRACE';

/** Tình hình nộp báo cáo của một cấp trong cây đơn vị. */
export type LevelProgress = {
  __typename?: 'LevelProgress';
  /** Đã được cấp trên duyệt. */
  approved: Scalars['Int']['output'];
  /** Thời gian trung bình (giờ) từ lần nộp đầu tiên tới khi được duyệt, trên các báo cáo đang ở trạng thái đã duyệt/hoàn tất; trống nếu chưa có. */
  averageHoursToApproval?: Maybe<Scalars['Float']['output']>;
  /** Đang ở trạng thái nháp (kể cả chưa bắt đầu). */
  draft: Scalars['Int']['output'];
  /** Hạn nộp chung của cấp (từng báo cáo có thể được gia hạn riêng). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Số báo cáo phải nộp của cấp này trong cây đơn vị. */
  expected: Scalars['Int']['output'];
  /** Đã hoàn tất (báo cáo cấp cao nhất). */
  finalized: Scalars['Int']['output'];
  level: UnitLevel;
  /** Chưa bắt đầu: còn ở trạng thái nháp, chưa từng lưu số liệu và chưa từng nộp (nằm trong số `draft`). */
  notStarted: Scalars['Int']['output'];
  /** Nộp lần đầu trước hạn. */
  onTime: Scalars['Int']['output'];
  /** Tỷ lệ nộp lần đầu trước hạn trên số phải nộp (0..1). */
  onTimeRate: Scalars['Float']['output'];
  /** Quá hạn mà chưa nộp. */
  overdue: Scalars['Int']['output'];
  /** Tỷ lệ đã nộp ít nhất một lần trên số phải nộp (0..1). */
  reportingRate: Scalars['Float']['output'];
  /** Đang bị trả lại để sửa. */
  returned: Scalars['Int']['output'];
  /** Đang chờ duyệt. */
  submitted: Scalars['Int']['output'];
  /** Nộp lần đầu sau hạn. */
  submittedLate: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Duyệt báo cáo của đơn vị cấp dưới; với báo cáo cấp cao nhất, duyệt là hoàn tất. */
  approveReport: Report;
  /** Cấp trên giao chỉ tiêu (ví dụ tỷ lệ bao phủ BHYT) cho các đơn vị trực thuộc, theo đợt báo cáo hoặc theo năm. Giao lại thì thay giá trị cũ. Tất cả hoặc không gì được lưu. */
  assignTargets: Array<Target>;
  /** Đổi mật khẩu của chính mình (ít nhất 10 ký tự). Mọi phiên đăng nhập của tài khoản kết thúc, kể cả các mã truy cập đã cấp; thiết bị đang đổi nhận cặp mã mới trong kết quả. */
  changePassword: AuthPayload;
  /** Mở đợt báo cáo: tạo báo cáo cho mọi đơn vị thuộc các cấp của chuỗi (chỉ quản trị). */
  createCampaign: Campaign;
  /** Tạo lịch báo cáo định kỳ; đợt của mỗi kỳ tự mở trước hạn (chỉ quản trị). */
  createSchedule: CampaignSchedule;
  /** Tạo biểu mẫu mới (hoặc phiên bản mới của biểu mẫu do quản trị tạo) từ định nghĩa JSON, ở trạng thái bản nháp. Mọi lỗi của định nghĩa được báo cùng lúc. */
  createTemplate: Template;
  /** Tạo tài khoản (chỉ quản trị). */
  createUser: User;
  /** Lãnh đạo cấp trên từ chối gia hạn; bắt buộc nêu lý do. */
  denyExtension: ExtensionRequest;
  /** Lãnh đạo cấp trên chấp thuận gia hạn (có thể đổi hạn mới). */
  grantExtension: ExtensionRequest;
  /** Nhập bảng sắp xếp đơn vị hành chính (new_province_code, new_province_name, new_commune_code, new_commune_name, old_commune_code, old_commune_name, merge_type): đóng các đơn vị cũ vào ngày trước `effectiveOn`, tạo tỉnh và xã mới, ghi liên kết kế thừa. Nhập lại cùng một bảng không thay đổi gì. */
  importReorganisation: ImportReorganisationResult;
  /** Nhập số liệu vào báo cáo từ tệp Excel (base64, tối đa 5 MB) của đúng biểu mẫu: tệp đã xuất hoặc biểu mẫu trống đã điền. Ô được tìm theo mã ô. Có ô sai thì trả về danh sách lỗi, saved = false và không lưu gì; cần `expectedVersion` như khi lưu. */
  importReportWorkbook: WorkbookImportResult;
  /** Nhập danh mục đơn vị hành chính từ tệp CSV của Tổng cục Thống kê (cả hai kiểu tiêu đề). */
  importUnits: ImportUnitsResult;
  /** Đăng nhập: trả về mã truy cập và mã làm mới của một phiên mới. */
  login: AuthPayload;
  /** Đăng xuất. Với refreshToken: kết thúc phiên của mã đó (mọi mã làm mới của phiên); mã truy cập đã cấp cho phiên vẫn dùng được đến khi hết hạn (tối đa 15 phút theo cấu hình mặc định), ứng dụng cần tự xóa nó. Với allDevices: true (cần mã truy cập, hoặc một mã làm mới còn hiệu lực): kết thúc mọi phiên của tài khoản và vô hiệu hóa ngay mọi mã truy cập đã cấp. Đăng xuất một phiên đã kết thúc vẫn trả về true. */
  logout: Scalars['Boolean']['output'];
  /** Đánh dấu đã đọc; trả về số thông báo vừa được đánh dấu. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Ban hành một phiên bản: từ đó dùng được cho đợt báo cáo; khi đã có đợt dùng thì không sửa được nữa. */
  publishTemplate: Template;
  /** Đổi mã làm mới lấy cặp mã mới (không cần header Authorization). Mã đã đổi không dùng lại được: gửi lại một mã đã dùng bị coi là dấu hiệu mã bị sao chép, cả phiên bị thu hồi và phải đăng nhập lại. Mã hết hạn, đã thu hồi hoặc không đúng trả lỗi UNAUTHENTICATED. */
  refreshToken: AuthPayload;
  /** Bỏ một ngày khỏi danh sách ngày nghỉ (chỉ quản trị); ngày có sẵn đã bỏ sẽ không được tự thêm lại khi khởi động. */
  removeHoliday: Scalars['Boolean']['output'];
  /** Cán bộ đơn vị đề nghị gia hạn nộp báo cáo (trước khi nộp), nêu lý do. */
  requestExtension: ExtensionRequest;
  /** Trả lại báo cáo để đơn vị sửa; bắt buộc nêu lý do. */
  returnReport: Report;
  /** Lưu số liệu (chỉ những chỉ tiêu gửi lên). Cần `expectedVersion` là phiên bản đang xem. */
  saveReportValues: Report;
  /** Thêm một ngày nghỉ, đổi tên ngày nghỉ đã có, hoặc khôi phục ngày nghỉ đã bỏ (chỉ quản trị). */
  setHoliday: PublicHoliday;
  /** Nộp báo cáo lên cấp trên. Có cảnh báo thì cần `note`; nộp khi cấp dưới chưa đủ thì cần `allowIncomplete` và `note`. */
  submitReport: Report;
  /** Hủy duyệt (khi báo cáo cấp trên chưa nộp); bắt buộc nêu lý do. */
  unapproveReport: Report;
  /** Sửa một phiên bản còn là bản nháp, hoặc đã ban hành nhưng chưa đợt báo cáo nào dùng. */
  updateTemplate: Template;
};


export type MutationApproveReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
};


export type MutationAssignTargetsArgs = {
  input: AssignTargetsInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateScheduleArgs = {
  input: CreateScheduleInput;
};


export type MutationCreateTemplateArgs = {
  definition: Scalars['JSONObject']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDenyExtensionArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationGrantExtensionArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type MutationImportReorganisationArgs = {
  csv: Scalars['String']['input'];
  effectiveOn: Scalars['String']['input'];
};


export type MutationImportReportWorkbookArgs = {
  base64: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationImportUnitsArgs = {
  csv: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  allDevices?: Scalars['Boolean']['input'];
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPublishTemplateArgs = {
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveHolidayArgs = {
  date: Scalars['String']['input'];
};


export type MutationRequestExtensionArgs = {
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
  until: Scalars['DateTimeISO']['input'];
};


export type MutationReturnReportArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationSaveReportValuesArgs = {
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
  values: Array<ValueInput>;
};


export type MutationSetHolidayArgs = {
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationSubmitReportArgs = {
  allowIncomplete?: Scalars['Boolean']['input'];
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
};


export type MutationUnapproveReportArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationUpdateTemplateArgs = {
  code: Scalars['String']['input'];
  definition: Scalars['JSONObject']['input'];
  version: Scalars['Int']['input'];
};

/** Thông báo gửi tới một người dùng. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Báo cáo liên quan, nếu bạn được xem. */
  report?: Maybe<Report>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang). */
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Loại thông báo: nhắc hạn, trả lại, quá hạn, cấp dưới quá hạn, tổng hợp đơn vị chậm nộp, gia hạn. */
export type NotificationKind =
  | 'CHILD_OVERDUE'
  | 'DIGEST'
  | 'EXTENSION_DENIED'
  | 'EXTENSION_GRANTED'
  | 'EXTENSION_REQUESTED'
  | 'OVERDUE'
  | 'REMINDER'
  | 'RETURNED';

/** Thư điện tử thông báo chờ gửi hoặc đã gửi. */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  /** Số lần đã thử gửi. */
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Lỗi của lần thử gần nhất. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Lần thử gửi tiếp theo, khi thư còn đang chờ gửi. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Thông báo mà thư này chuyển đi. */
  notification: Notification;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  /** Địa chỉ người nhận. */
  to: Scalars['String']['output'];
};

export type OutboxMessageConnection = {
  __typename?: 'OutboxMessageConnection';
  edges: Array<OutboxMessageEdge>;
  pageInfo: PageInfo;
  /** Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang). */
  totalCount: Scalars['Int']['output'];
};

export type OutboxMessageEdge = {
  __typename?: 'OutboxMessageEdge';
  cursor: Scalars['String']['output'];
  node: OutboxMessage;
};

/** Trạng thái gửi thư: đang chờ gửi (hoặc chờ thử lại), đã gửi, gửi thất bại sau số lần thử tối đa. */
export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** Một báo cáo quá hạn chưa nộp hoặc đã nộp muộn. */
export type OverdueReport = {
  __typename?: 'OverdueReport';
  /** Số ngày muộn theo lịch Việt Nam: tới lần nộp đầu tiên, hoặc tới hôm nay nếu chưa nộp. */
  daysLate: Scalars['Int']['output'];
  /** Hạn nộp của chính báo cáo này. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Lần nộp đầu tiên; trống nếu vẫn chưa nộp. */
  firstSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  level: UnitLevel;
  report: Report;
  status: ReportStatus;
  /** LATE (đã nộp muộn) hoặc OVERDUE (quá hạn, chưa nộp). */
  timeliness: SubmissionTimeliness;
  unit: AdministrativeUnit;
};

export type OverdueReportConnection = {
  __typename?: 'OverdueReportConnection';
  edges: Array<OverdueReportEdge>;
  pageInfo: PageInfo;
  /** Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang). */
  totalCount: Scalars['Int']['output'];
};

export type OverdueReportEdge = {
  __typename?: 'OverdueReportEdge';
  cursor: Scalars['String']['output'];
  node: OverdueReport;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Kỳ báo cáo định kỳ theo Nghị định 09/2019: tháng, quý, 6 tháng, năm. */
export type PeriodKind =
  | 'HALF_YEAR'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Số liệu năm trước của đơn vị, và độ tin cậy khi đơn vị đã sáp nhập. */
export type PreviousYear = {
  __typename?: 'PreviousYear';
  campaignId?: Maybe<Scalars['ID']['output']>;
  campaignName?: Maybe<Scalars['String']['output']>;
  /** Được dùng cho các quy tắc so sánh với năm trước. */
  comparable: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
  sources: Array<PreviousYearSource>;
  /** EXACT (chính đơn vị), MERGED (cộng các đơn vị sáp nhập toàn bộ: chính xác), ESTIMATED (có đơn vị chỉ nhập một phần: chỉ ước tính, không dùng để kiểm tra), UNAVAILABLE (không có số liệu). */
  status: Scalars['String']['output'];
  values: Array<IndicatorValue>;
};

/** Một đơn vị (cũ) có số liệu năm trước được dùng. */
export type PreviousYearSource = {
  __typename?: 'PreviousYearSource';
  /** SAME (chính đơn vị), FULL (sáp nhập toàn bộ), PARTIAL (sáp nhập một phần). */
  mergeType: Scalars['String']['output'];
  reportId?: Maybe<Scalars['ID']['output']>;
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
};

/** Một ngày nghỉ lễ, Tết (kể cả nghỉ bù, nghỉ hoán đổi) của cơ quan hành chính nhà nước. */
export type PublicHoliday = {
  __typename?: 'PublicHoliday';
  /** Ngày nghỉ, dạng YYYY-MM-DD (theo giờ Việt Nam). */
  date: Scalars['String']['output'];
  /** Tên ngày nghỉ, ví dụ "Tết Nguyên đán". */
  name: Scalars['String']['output'];
  /** Ngày có sẵn trong hệ thống hay do quản trị thêm hoặc đổi tên. */
  source: HolidaySource;
  /** Lần thay đổi gần nhất. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Biểu mẫu trống dạng Excel (phiên bản `version`, hoặc bản ban hành mới nhất), cho cấp `level` hoặc mọi cấp, để điền rồi nhập bằng importReportWorkbook. */
  blankWorkbook: Workbook;
  campaign: Campaign;
  /** Tiến độ của đợt báo cáo trong cây đơn vị `unitCode`: theo cấp và theo đơn vị trực thuộc. */
  campaignProgress: CampaignProgress;
  /** Các đợt báo cáo liên quan tới đơn vị của bạn. */
  campaigns: Array<Campaign>;
  /** Số tổng hợp của đơn vị `unitCode` trong đợt, kèm từng đơn vị cấp dưới; bỏ trống `unitCode`: toàn quốc (quản trị, theo dõi toàn quốc). */
  consolidated: ConsolidatedReport;
  /** Các ngày nghỉ lễ, Tết (kể cả nghỉ bù, nghỉ hoán đổi) trong một năm, theo thứ tự ngày. Thứ Bảy, Chủ nhật luôn là ngày nghỉ; chúng chỉ có trong danh sách khi nằm trong một đợt nghỉ lễ, Tết. */
  holidays: Array<PublicHoliday>;
  /** Người dùng đang đăng nhập. */
  me: User;
  /** Hạn nộp sau khi áp dụng Điều 148 Bộ luật Dân sự với lịch nghỉ hiện hành: nếu ngày cuối của thời hạn là thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì hạn lùi đến hết ngày làm việc kế tiếp; nếu không, giữ nguyên. */
  nextWorkingDeadline: Scalars['DateTimeISO']['output'];
  /** Thông báo của bạn, mới nhất trước. */
  notifications: NotificationConnection;
  /** Thư điện tử thông báo và trạng thái gửi, mới nhất trước (chỉ quản trị). */
  outbox: OutboxMessageConnection;
  /** Các báo cáo trong cây đơn vị `unitCode` quá hạn mà chưa nộp hoặc đã nộp muộn, nhiều ngày muộn nhất trước, rồi theo mã đơn vị. */
  overdueReports: OverdueReportConnection;
  report: Report;
  /** Báo cáo dưới dạng tệp Excel theo bố cục của biểu mẫu. `includeChildren`: báo cáo tổng hợp kèm trang số liệu của từng đơn vị cấp dưới. Tải trực tiếp: GET /reports/{id}/workbook.xlsx?includeChildren=1 với cùng header Authorization. */
  reportWorkbook: Workbook;
  /** Báo cáo của một đợt trong phạm vi của bạn; `unitCode` giới hạn vào cây đơn vị đó. */
  reports: ReportConnection;
  /** Các lịch báo cáo định kỳ (chỉ quản trị). */
  schedules: Array<CampaignSchedule>;
  /** Chỉ tiêu đã giao trong một đợt (hoặc một năm của biểu mẫu) cho đơn vị `unitCode` và các đơn vị trực thuộc. */
  targets: Array<Target>;
  /** Một biểu mẫu: phiên bản `version`, hoặc phiên bản ban hành mới nhất. */
  template: Template;
  /** Các biểu mẫu (phiên bản mới nhất của mỗi mẫu); `includeDrafts` (quản trị) gồm cả bản nháp. */
  templates: Array<Template>;
  /** Một đơn vị theo mã, theo bản đồ hành chính tại ngày `at` (mặc định hôm nay). */
  unit: AdministrativeUnit;
  /** Một đơn vị nộp báo cáo đúng hạn hay muộn qua mọi đợt báo cáo bạn được xem, đợt mới nhất trước, kèm tổng số. */
  unitTimeliness: UnitTimeliness;
  /** Danh sách đơn vị có hiệu lực vào ngày `at` (mặc định hôm nay), lọc theo đơn vị cấp trên, cấp, hoặc tên/mã (không dấu cũng được). Với `parentCode` và `level`: mọi đơn vị cấp đó thuộc đơn vị này, kể cả gián tiếp (các xã của một tỉnh); chỉ `parentCode`: các đơn vị trực thuộc. */
  units: UnitConnection;
  /** Số thông báo chưa đọc. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryBlankWorkbookArgs = {
  level?: InputMaybe<UnitLevel>;
  templateCode: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignProgressArgs = {
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConsolidatedArgs = {
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHolidaysArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNextWorkingDeadlineArgs = {
  dueAt: Scalars['DateTimeISO']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OutboxStatus>;
};


export type QueryOverdueReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportWorkbookArgs = {
  includeChildren?: Scalars['Boolean']['input'];
  reportId: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTargetsArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  templateCode?: InputMaybe<Scalars['String']['input']>;
  unitCode: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTemplateArgs = {
  code: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTemplatesArgs = {
  includeDrafts?: Scalars['Boolean']['input'];
};


export type QueryUnitArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
};


export type QueryUnitTimelinessArgs = {
  unitCode: Scalars['String']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<UnitLevel>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Báo cáo của một đơn vị trong một đợt báo cáo. */
export type Report = {
  __typename?: 'Report';
  /** Các thao tác người dùng hiện tại được làm ngay lúc này. */
  allowedActions: Array<WorkflowAction>;
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  campaign: Campaign;
  /** Báo cáo của các đơn vị cấp dưới (kể cả nội dung đánh giá của họ). */
  children: Array<Report>;
  completeness: Completeness;
  /** Hạn nộp của cấp này. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Các đề nghị gia hạn của báo cáo. */
  extensionRequests: Array<ExtensionRequest>;
  /** Lần nộp đầu tiên: căn cứ tính đúng hạn. */
  firstSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  history: Array<ReportHistoryEntry>;
  id: Scalars['ID']['output'];
  /** Nộp lần đầu sau hạn, hoặc đã quá hạn mà chưa nộp. */
  late: Scalars['Boolean']['output'];
  level: UnitLevel;
  /** Hạn nộp ban đầu của cấp, khi báo cáo được gia hạn. */
  originalDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Báo cáo cấp trên trong chuỗi. */
  parent?: Maybe<Report>;
  /** Số liệu năm trước để so sánh (đợt cùng biểu mẫu một năm trước); với đơn vị mới sáp nhập: cộng các đơn vị cũ, nói rõ khi chỉ là ước tính. */
  previousYear: PreviousYear;
  /** Số liệu tạm tính: cộng số liệu hiện có của các báo cáo cấp dưới trực tiếp, kể cả chưa duyệt (với cấp tỉnh: số chính thức hiện có của các huyện). Chỉ để theo dõi, không phải số chính thức. */
  provisionalValues: Array<IndicatorValue>;
  status: ReportStatus;
  /** Ghi chú, giải trình khi nộp. */
  submitNote?: Maybe<Scalars['String']['output']>;
  /** Lần nộp gần nhất. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Tình trạng hạn nộp (chưa đến hạn, sắp đến hạn, quá hạn, đúng hạn, muộn). */
  timeliness: Timeliness;
  unit: AdministrativeUnit;
  unitCode: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  validation: ValidationResult;
  /** Số liệu theo thứ tự biểu mẫu: nhập, tính, tổng hợp (chỉ từ báo cáo cấp dưới đã duyệt). */
  values: Array<IndicatorValue>;
  /** Phiên bản; gửi kèm khi lưu/nộp để tránh ghi đè thay đổi của người khác. */
  version: Scalars['Int']['output'];
};


/** Báo cáo của một đơn vị trong một đợt báo cáo. */
export type ReportProvisionalValuesArgs = {
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Báo cáo của một đơn vị trong một đợt báo cáo. */
export type ReportValuesArgs = {
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Loại sự kiện trong lịch sử báo cáo. */
export type ReportAction =
  | 'APPROVE'
  | 'CONSOLIDATE'
  | 'CREATE'
  | 'DEADLINE'
  | 'EXTENSION_DENIED'
  | 'EXTENSION_GRANTED'
  | 'EXTENSION_REQUESTED'
  | 'RETURN'
  | 'SAVE'
  | 'SUBMIT'
  | 'UNAPPROVE';

export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
  /** Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang). */
  totalCount: Scalars['Int']['output'];
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

/** Một dòng trong lịch sử báo cáo (chỉ ghi thêm, không sửa). */
export type ReportHistoryEntry = {
  __typename?: 'ReportHistoryEntry';
  action: ReportAction;
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** Các chỉ tiêu thay đổi khi lưu. */
  changedCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Với CONSOLIDATE: đơn vị cấp dưới vừa được duyệt hoặc hủy duyệt. */
  childUnitCode?: Maybe<Scalars['String']['output']>;
  /** Mức đầy đủ của cấp dưới khi nộp, ví dụ "12/15". */
  completeness?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<ReportStatus>;
  /** Lần nộp này sau hạn. */
  late?: Maybe<Scalars['Boolean']['output']>;
  /** Lý do trả lại/hủy duyệt, ghi chú khi nộp, ý kiến khi duyệt. */
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: ReportStatus;
};

/** Trạng thái báo cáo: nháp, đã nộp, bị trả lại, đã duyệt, đã hoàn tất (cấp cao nhất). */
export type ReportStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'FINALIZED'
  | 'RETURNED'
  | 'SUBMITTED';

/** Vai trò: cán bộ nhập liệu, lãnh đạo duyệt, theo dõi (Ban Thường vụ, Ban Tuyên giáo), quản trị. */
export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'MONITOR'
  | 'REPORTER';

export type ScheduleDeadline = {
  __typename?: 'ScheduleDeadline';
  /** Ngày trong tháng: hạn là "trước ngày" này (00:00 giờ Việt Nam). */
  day: Scalars['Int']['output'];
  level: UnitLevel;
  /** Số tháng tính từ tháng kết thúc kỳ (0: cùng tháng, -1: tháng trước, 1: tháng sau). */
  monthOffset: Scalars['Int']['output'];
};

export type ScheduleDeadlineInput = {
  /** Ngày trong tháng: hạn là "trước ngày" này (00:00 giờ Việt Nam). */
  day: Scalars['Int']['input'];
  level: UnitLevel;
  /** Số tháng tính từ tháng kết thúc kỳ (0: cùng tháng, -1: tháng trước, 1: tháng sau). */
  monthOffset: Scalars['Int']['input'];
};

/** Đúng hạn hay không, tính theo lần nộp đầu tiên so với hạn nộp của chính báo cáo (kể cả khi được gia hạn): NOT_DUE chưa nộp, chưa đến hạn; ON_TIME nộp lần đầu trước hạn; LATE nộp lần đầu từ thời điểm hạn trở đi; OVERDUE quá hạn mà chưa nộp. */
export type SubmissionTimeliness =
  | 'LATE'
  | 'NOT_DUE'
  | 'ON_TIME'
  | 'OVERDUE';

export type Subscription = {
  __typename?: 'Subscription';
  /** Mỗi thông báo mới của bạn, ngay khi được lưu. Qua WebSocket (giao thức graphql-ws) tại /graphql, gửi token trong connectionParams: { "authorization": "Bearer <token>" }. */
  notificationAdded: Notification;
};

/** Chỉ tiêu kế hoạch cấp trên giao cho một đơn vị. */
export type Target = {
  __typename?: 'Target';
  assignedAt: Scalars['DateTimeISO']['output'];
  assignedByName?: Maybe<Scalars['String']['output']>;
  campaignId?: Maybe<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  unitCode: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** Một chỉ tiêu giao cho một đơn vị. */
export type TargetEntryInput = {
  /** Mã ô chỉ tiêu được giao, ví dụ COVERAGE_TARGET. */
  code: Scalars['String']['input'];
  unitCode: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** Biểu mẫu báo cáo (một phiên bản). */
export type Template = {
  __typename?: 'Template';
  /** Biểu mẫu có sẵn của hệ thống. */
  builtIn: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  columnSets: Array<TemplateColumnSet>;
  /** Định nghĩa đầy đủ dạng JSON (để sao chép làm phiên bản mới). */
  definitionJson: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  rules: Array<ValidationRule>;
  sections: Array<TemplateSection>;
  /** DRAFT (bản nháp, sửa được) hoặc PUBLISHED (đã ban hành, dùng được cho đợt báo cáo). */
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TemplateColumn = {
  __typename?: 'TemplateColumn';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Bộ cột phân tổ (ví dụ các năm 2009 / 2015 / 31/12/2018). */
export type TemplateColumnSet = {
  __typename?: 'TemplateColumnSet';
  code: Scalars['String']['output'];
  items: Array<TemplateColumn>;
  label?: Maybe<Scalars['String']['output']>;
};

export type TemplateSection = {
  __typename?: 'TemplateSection';
  code: Scalars['String']['output'];
  /** Hướng dẫn ghi dưới tiêu đề mục. */
  note?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Tình trạng hạn nộp: chưa đến hạn, sắp đến hạn, quá hạn chưa nộp, nộp đúng hạn, nộp muộn. */
export type Timeliness =
  | 'DUE_SOON'
  | 'LATE'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'UPCOMING';

/** Tổng hợp đúng hạn của một đơn vị qua các đợt báo cáo. */
export type TimelinessTotals = {
  __typename?: 'TimelinessTotals';
  /** Số đợt báo cáo đơn vị có báo cáo. */
  campaigns: Scalars['Int']['output'];
  /** Đã nộp muộn. */
  late: Scalars['Int']['output'];
  /** Chưa nộp, chưa đến hạn. */
  notDue: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  /** Quá hạn mà chưa nộp. */
  overdue: Scalars['Int']['output'];
};

/** Báo cáo của một đơn vị trong một đợt báo cáo, với kết quả đúng hạn. */
export type UnitCampaignTimeliness = {
  __typename?: 'UnitCampaignTimeliness';
  campaign: Campaign;
  /** Số ngày muộn theo lịch Việt Nam; 0 nếu không muộn. */
  daysLate: Scalars['Int']['output'];
  /** Hạn nộp của chính báo cáo này. */
  dueAt: Scalars['DateTimeISO']['output'];
  firstSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  report: Report;
  status: ReportStatus;
  timeliness: SubmissionTimeliness;
};

export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  pageInfo: PageInfo;
  /** Số bản ghi thỏa điều kiện lọc (không phụ thuộc phân trang). */
  totalCount: Scalars['Int']['output'];
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: AdministrativeUnit;
};

/** Cấp hành chính: tỉnh, huyện, xã. */
export type UnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** FULL: toàn bộ đơn vị cũ nhập vào đơn vị mới; PARTIAL: chỉ một phần. */
export type UnitMergeType =
  | 'FULL'
  | 'PARTIAL';

/** Một đơn vị ngay dưới đơn vị đang xem: trạng thái, hạn nộp, đúng hạn hay muộn. */
export type UnitProgress = {
  __typename?: 'UnitProgress';
  /** Thời điểm được duyệt (trống nếu chưa duyệt hoặc đã bị hủy duyệt). */
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Với báo cáo có cấp dưới trong chuỗi: số báo cáo cấp dưới phải nộp, đã nộp, đã duyệt. Xem chi tiết bằng campaignProgress trên đơn vị này. */
  childCounts?: Maybe<ChildReportCounts>;
  /** Số ngày muộn theo lịch Việt Nam (ít nhất 1 khi muộn); 0 nếu không muộn. */
  daysLate: Scalars['Int']['output'];
  /** Hạn nộp của chính báo cáo này (đã tính gia hạn nếu có). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Lần nộp đầu tiên. */
  firstSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  report: Report;
  status: ReportStatus;
  timeliness: SubmissionTimeliness;
  unit: AdministrativeUnit;
};

/** Một liên kết kế thừa giữa đơn vị cũ và đơn vị mới trong một đợt sắp xếp. */
export type UnitSuccessionType = {
  __typename?: 'UnitSuccessionType';
  /** Ngày đơn vị mới bắt đầu hiệu lực (YYYY-MM-DD). */
  effectiveOn: Scalars['String']['output'];
  mergeType: UnitMergeType;
  /** Đơn vị ở đầu bên kia của liên kết. */
  unit: AdministrativeUnit;
};

/** Đơn vị nộp báo cáo đúng hạn hay muộn qua các đợt, đợt mới nhất trước. */
export type UnitTimeliness = {
  __typename?: 'UnitTimeliness';
  /** Mỗi đợt báo cáo bạn được xem một dòng, đợt mới nhất (theo kỳ số liệu) trước. */
  reports: Array<UnitCampaignTimeliness>;
  totals: TimelinessTotals;
  unit: AdministrativeUnit;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Địa chỉ thư điện tử nhận thông báo (nếu có). */
  email?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  unit?: Maybe<AdministrativeUnit>;
  username: Scalars['String']['output'];
};

export type ValidationIssue = {
  __typename?: 'ValidationIssue';
  left?: Maybe<Scalars['Float']['output']>;
  message: Scalars['String']['output'];
  right?: Maybe<Scalars['Float']['output']>;
  rule: Scalars['String']['output'];
  severity: Scalars['String']['output'];
};

export type ValidationResult = {
  __typename?: 'ValidationResult';
  /** Lỗi: phải sửa trước khi nộp. */
  errors: Array<ValidationIssue>;
  /** Không có lỗi chặn việc nộp. */
  valid: Scalars['Boolean']['output'];
  /** Cảnh báo: được nộp nếu có ghi chú giải trình. */
  warnings: Array<ValidationIssue>;
};

export type ValidationRule = {
  __typename?: 'ValidationRule';
  code: Scalars['String']['output'];
  /** SKIP hoặc ZERO: cách xử lý khi thiếu số liệu. */
  ifMissing: Scalars['String']['output'];
  left: Scalars['String']['output'];
  message: Scalars['String']['output'];
  operator: Scalars['String']['output'];
  right: Scalars['String']['output'];
  /** ERROR chặn việc nộp; WARNING cần ghi chú giải trình khi nộp. */
  severity: Scalars['String']['output'];
};

/** Giá trị một chỉ tiêu: số vào `value`, văn bản vào `text`; để trống cả hai để xóa. */
export type ValueInput = {
  code: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Một tệp Excel (.xlsx) do hệ thống tạo, mã hóa base64. */
export type Workbook = {
  __typename?: 'Workbook';
  /** Nội dung tệp, mã hóa base64. */
  base64: Scalars['String']['output'];
  /** Kích thước tệp (byte). */
  bytes: Scalars['Int']['output'];
  contentType: Scalars['String']['output'];
  /** Tên tệp gợi ý, chỉ gồm ký tự ASCII, ví dụ BHYT_COVERAGE_076_Huyen_Son_Duong.xlsx. */
  filename: Scalars['String']['output'];
};

/** Một ô của bảng tính không nhận được, và lý do. */
export type WorkbookCellError = {
  __typename?: 'WorkbookCellError';
  /** Địa chỉ ô kiểu A1, ví dụ E12; trống khi lỗi thuộc cả tệp. */
  cell?: Maybe<Scalars['String']['output']>;
  /** Mã ô của biểu mẫu (POP, PL4_INSURED.Y2009...), nếu biết. */
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Tên trang tính. */
  sheet: Scalars['String']['output'];
};

/** Kết quả nhập số liệu từ tệp Excel: có lỗi ở ô nào thì không lưu gì. */
export type WorkbookImportResult = {
  __typename?: 'WorkbookImportResult';
  /** Các ô có giá trị thay đổi. */
  changedCodes: Array<Scalars['String']['output']>;
  errors: Array<WorkbookCellError>;
  /** Báo cáo sau khi lưu. */
  report?: Maybe<Report>;
  /** Đã lưu (hoặc không có gì thay đổi). Có lỗi thì false và không lưu gì. */
  saved: Scalars['Boolean']['output'];
  /** Các ô tự tính, tổng hợp hoặc được giao (hay không thuộc cấp này) được bỏ qua vì để trống hoặc không đổi. */
  skipped: Array<Scalars['String']['output']>;
};

/** Thao tác trên báo cáo: lưu, nộp, duyệt, trả lại, hủy duyệt. */
export type WorkflowAction =
  | 'APPROVE'
  | 'RETURN'
  | 'SAVE'
  | 'SUBMIT'
  | 'UNAPPROVE';

export type AttackSaveValuesMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  values: Array<ValueInput> | ValueInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type AttackSaveValuesMutation = { __typename?: 'Mutation', saveReportValues: { __typename?: 'Report', id: string, version: number } };

export type AttackSubmitMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  allowIncomplete?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackSubmitMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'Report', id: string, version: number, status: ReportStatus } };

export type AttackApproveMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackApproveMutation = { __typename?: 'Mutation', approveReport: { __typename?: 'Report', id: string, version: number, status: ReportStatus } };

export type AttackReturnMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AttackReturnMutation = { __typename?: 'Mutation', returnReport: { __typename?: 'Report', id: string, version: number, status: ReportStatus } };

export type AttackUnapproveMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AttackUnapproveMutation = { __typename?: 'Mutation', unapproveReport: { __typename?: 'Report', id: string, version: number, status: ReportStatus } };

export type AttackReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttackReportQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, version: number, status: ReportStatus } };

export type AttackReportsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackReportsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', cursor: string }> } };

export type AttackUnitsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackUnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, edges: Array<{ __typename?: 'UnitEdge', cursor: string }> } };

export type AttackUnitQueryVariables = Exact<{
  code: Scalars['String']['input'];
  at?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackUnitQuery = { __typename?: 'Query', unit: { __typename?: 'AdministrativeUnit', code: string } };

export type AttackNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number } };

export type AttackOutboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackOutboxQuery = { __typename?: 'Query', outbox: { __typename?: 'OutboxMessageConnection', totalCount: number } };

export type AttackOverdueReportsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackOverdueReportsQuery = { __typename?: 'Query', overdueReports: { __typename?: 'OverdueReportConnection', totalCount: number } };

export type AttackConsolidatedQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackConsolidatedQuery = { __typename?: 'Query', consolidated: { __typename?: 'ConsolidatedReport', unitCode?: string | null, completeness: string } };

export type AttackProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackProgressQuery = { __typename?: 'Query', campaignProgress: { __typename?: 'CampaignProgress', levels: Array<{ __typename?: 'LevelProgress', level: UnitLevel, expected: number }> } };

export type AttackTargetsQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  templateCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttackTargetsQuery = { __typename?: 'Query', targets: Array<{ __typename?: 'Target', unitCode: string, code: string, value: number }> };

export type AttackUnitTimelinessQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
}>;


export type AttackUnitTimelinessQuery = { __typename?: 'Query', unitTimeliness: { __typename?: 'UnitTimeliness', unit: { __typename?: 'AdministrativeUnit', code: string } } };

export type AttackNextWorkingDeadlineQueryVariables = Exact<{
  dueAt: Scalars['DateTimeISO']['input'];
}>;


export type AttackNextWorkingDeadlineQuery = { __typename?: 'Query', nextWorkingDeadline: string };

export type AttackHolidaysQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type AttackHolidaysQuery = { __typename?: 'Query', holidays: Array<{ __typename?: 'PublicHoliday', date: string }> };

export type AttackCreateTemplateMutationVariables = Exact<{
  definition: Scalars['JSONObject']['input'];
}>;


export type AttackCreateTemplateMutation = { __typename?: 'Mutation', createTemplate: { __typename?: 'Template', code: string, version: number, status: string } };

export type AttackUpdateTemplateMutationVariables = Exact<{
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  definition: Scalars['JSONObject']['input'];
}>;


export type AttackUpdateTemplateMutation = { __typename?: 'Mutation', updateTemplate: { __typename?: 'Template', code: string, version: number, status: string } };

export type AttackPublishTemplateMutationVariables = Exact<{
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type AttackPublishTemplateMutation = { __typename?: 'Mutation', publishTemplate: { __typename?: 'Template', code: string, version: number, status: string } };

export type AttackAssignTargetsMutationVariables = Exact<{
  input: AssignTargetsInput;
}>;


export type AttackAssignTargetsMutation = { __typename?: 'Mutation', assignTargets: Array<{ __typename?: 'Target', unitCode: string, code: string, value: number, version: number }> };

export type AttackCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type AttackCreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string } };

export type AttackImportWorkbookMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  base64: Scalars['String']['input'];
}>;


export type AttackImportWorkbookMutation = { __typename?: 'Mutation', importReportWorkbook: { __typename?: 'WorkbookImportResult', saved: boolean, errors: Array<{ __typename?: 'WorkbookCellError', sheet: string, cell?: string | null, code?: string | null, message: string }>, report?: { __typename?: 'Report', id: string, version: number } | null } };

export type AttackLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AttackLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string } };

export type RaceReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RaceReportQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, version: number, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null }>, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, fromStatus?: ReportStatus | null, toStatus: ReportStatus, childUnitCode?: string | null }> } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, role: Role, unit?: { __typename?: 'AdministrativeUnit', code: string, name: string } | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, fullName: string, role: Role, unit?: { __typename?: 'AdministrativeUnit', code: string, name: string, level: UnitLevel } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, role: Role, unit?: { __typename?: 'AdministrativeUnit', code: string } | null } };

export type LoginSessionMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginSessionMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, username: string, role: Role } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, username: string, role: Role } } };

export type LogoutMutationVariables = Exact<{
  refreshToken?: InputMaybe<Scalars['String']['input']>;
  allDevices?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, username: string } } };

export type ReportNeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportNeighbourhoodQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, parent?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null }>, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, actorName?: string | null }>, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null }> }>, parent?: { __typename?: 'Report', id: string, unitCode: string } | null } | null } };

export type ReportStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportStateQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, status: ReportStatus, version: number, submitNote?: string | null, submittedAt?: string | null, approvedAt?: string | null, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null }>, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, fromStatus?: ReportStatus | null, toStatus: ReportStatus }> } };

export type TemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesQuery = { __typename?: 'Query', templates: Array<{ __typename?: 'Template', code: string, version: number, name: string, sections: Array<{ __typename?: 'TemplateSection', code: string, title: string }>, indicators: Array<{ __typename?: 'Indicator', code: string, label: string, unit: string, section: string, kind: string, valueType: string, aggregation: string, formula?: string | null, required: boolean }>, rules: Array<{ __typename?: 'ValidationRule', code: string, left: string, operator: string, right: string, severity: string, ifMissing: string, message: string }> }> };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, name: string, documentNumber?: string | null, periodStart: string, periodEnd: string, rootUnit?: { __typename?: 'AdministrativeUnit', code: string } | null, levels: Array<{ __typename?: 'CampaignLevel', level: UnitLevel, rank: number, dueAt: string }>, template: { __typename?: 'Template', code: string, version: number } } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, documentNumber?: string | null, levels: Array<{ __typename?: 'CampaignLevel', level: UnitLevel, dueAt: string }> } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string }> };

export type CampaignProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode: Scalars['String']['input'];
}>;


export type CampaignProgressQuery = { __typename?: 'Query', campaignProgress: { __typename?: 'CampaignProgress', report?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus } | null, levels: Array<{ __typename?: 'LevelProgress', level: UnitLevel, dueAt: string, expected: number, draft: number, submitted: number, returned: number, approved: number, finalized: number, submittedLate: number, overdue: number }>, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, late: boolean, submittedAt?: string | null, dueAt: string, unit: { __typename?: 'AdministrativeUnit', name: string } }> } };

export type DistrictFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type DistrictFiguresQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, source: string, value?: number | null, display?: string | null }>, provisionalValues: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }>, completeness: { __typename?: 'Completeness', expected: number, submitted: number, approved: number, returned: number, draft: number, display: string }, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, allowedActions: Array<WorkflowAction>, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null }>, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, fromStatus?: ReportStatus | null, toStatus: ReportStatus, reason?: string | null, actorName?: string | null }> }> } };

export type TwoSavesMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  first: Array<ValueInput> | ValueInput;
  firstVersion: Scalars['Int']['input'];
  second: Array<ValueInput> | ValueInput;
  secondVersion: Scalars['Int']['input'];
}>;


export type TwoSavesMutation = { __typename?: 'Mutation', a: { __typename?: 'Report', version: number, values: Array<{ __typename?: 'IndicatorValue', value?: number | null }> }, b: { __typename?: 'Report', version: number, values: Array<{ __typename?: 'IndicatorValue', value?: number | null }>, validation: { __typename?: 'ValidationResult', warnings: Array<{ __typename?: 'ValidationIssue', rule: string }> } } };

export type ExcelReportWorkbookQueryVariables = Exact<{
  reportId: Scalars['ID']['input'];
  includeChildren?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExcelReportWorkbookQuery = { __typename?: 'Query', reportWorkbook: { __typename?: 'Workbook', filename: string, contentType: string, base64: string, bytes: number } };

export type ExcelBlankWorkbookQueryVariables = Exact<{
  templateCode: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<UnitLevel>;
}>;


export type ExcelBlankWorkbookQuery = { __typename?: 'Query', blankWorkbook: { __typename?: 'Workbook', filename: string, contentType: string, base64: string, bytes: number } };

export type ExcelImportWorkbookMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  base64: Scalars['String']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ExcelImportWorkbookMutation = { __typename?: 'Mutation', importReportWorkbook: { __typename?: 'WorkbookImportResult', saved: boolean, changedCodes: Array<string>, skipped: Array<string>, errors: Array<{ __typename?: 'WorkbookCellError', sheet: string, cell?: string | null, code?: string | null, message: string }>, report?: { __typename?: 'Report', id: string, version: number, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null, display?: string | null }> } | null } };

export type ExcelReportValuesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ExcelReportValuesQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, values: Array<{ __typename?: 'IndicatorValue', code: string, source: string, value?: number | null, text?: string | null, total?: number | null, display?: string | null }> } };

export type ExcelCreateTemplateMutationVariables = Exact<{
  definition: Scalars['JSONObject']['input'];
}>;


export type ExcelCreateTemplateMutation = { __typename?: 'Mutation', createTemplate: { __typename?: 'Template', code: string, version: number, status: string } };

export type ExcelPublishTemplateMutationVariables = Exact<{
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type ExcelPublishTemplateMutation = { __typename?: 'Mutation', publishTemplate: { __typename?: 'Template', code: string, version: number, status: string } };

export type RequestExtensionMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  until: Scalars['DateTimeISO']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', requestExtension: { __typename?: 'ExtensionRequest', id: string, status: ExtensionStatus, until: string, reason: string, requestedByName: string } };

export type GrantExtensionMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantExtensionMutation = { __typename?: 'Mutation', grantExtension: { __typename?: 'ExtensionRequest', id: string, status: ExtensionStatus, grantedUntil?: string | null, decidedByName?: string | null, decisionNote?: string | null } };

export type DenyExtensionMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DenyExtensionMutation = { __typename?: 'Mutation', denyExtension: { __typename?: 'ExtensionRequest', id: string, status: ExtensionStatus, decisionNote?: string | null } };

export type ReportDeadlineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportDeadlineQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, timeliness: Timeliness, dueAt: string, originalDueAt?: string | null, late: boolean, version: number, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, status: ExtensionStatus, until: string, grantedUntil?: string | null }>, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, reason?: string | null }> } };

export type CreateCampaignWithSettingsMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignWithSettingsMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, latePolicy: LatePolicy, graceHours: number, reminderDays: Array<number>, rollForwardRestDays: boolean, rootUnit?: { __typename?: 'AdministrativeUnit', code: string } | null, levels: Array<{ __typename?: 'CampaignLevel', level: UnitLevel, dueAt: string }> } };

export type NationalProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type NationalProgressQuery = { __typename?: 'Query', campaignProgress: { __typename?: 'CampaignProgress', report?: { __typename?: 'Report', id: string } | null, levels: Array<{ __typename?: 'LevelProgress', level: UnitLevel, expected: number, overdue: number }>, children: Array<{ __typename?: 'Report', unitCode: string }> } };

export type HolidaysQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type HolidaysQuery = { __typename?: 'Query', holidays: Array<{ __typename?: 'PublicHoliday', date: string, name: string, source: HolidaySource, updatedAt: string }> };

export type SetHolidayMutationVariables = Exact<{
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type SetHolidayMutation = { __typename?: 'Mutation', setHoliday: { __typename?: 'PublicHoliday', date: string, name: string, source: HolidaySource, updatedAt: string } };

export type RemoveHolidayMutationVariables = Exact<{
  date: Scalars['String']['input'];
}>;


export type RemoveHolidayMutation = { __typename?: 'Mutation', removeHoliday: boolean };

export type NextWorkingDeadlineQueryVariables = Exact<{
  dueAt: Scalars['DateTimeISO']['input'];
}>;


export type NextWorkingDeadlineQuery = { __typename?: 'Query', nextWorkingDeadline: string };

export type OutboxQueryVariables = Exact<{
  status?: InputMaybe<OutboxStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OutboxQuery = { __typename?: 'Query', outbox: { __typename?: 'OutboxMessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OutboxMessageEdge', node: { __typename?: 'OutboxMessage', id: string, to: string, subject: string, body: string, status: OutboxStatus, attempts: number, nextAttemptAt?: string | null, lastError?: string | null, sentAt?: string | null, createdAt: string, notification: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string } } }> } };

export type CreateUserWithEmailMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserWithEmailMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, email?: string | null, role: Role, unit?: { __typename?: 'AdministrativeUnit', code: string } | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, readAt?: string | null, report?: { __typename?: 'Report', id: string, unitCode: string } | null } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, readAt?: string | null, report?: { __typename?: 'Report', id: string, unitCode: string } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type ReportTimelinessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportTimelinessQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, timeliness: Timeliness, dueAt: string, firstSubmittedAt?: string | null, late: boolean, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, reason?: string | null, at: string }> } };

export type TrackingProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode: Scalars['String']['input'];
}>;


export type TrackingProgressQuery = { __typename?: 'Query', campaignProgress: { __typename?: 'CampaignProgress', report?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus } | null, levels: Array<{ __typename?: 'LevelProgress', level: UnitLevel, dueAt: string, expected: number, notStarted: number, draft: number, submitted: number, returned: number, approved: number, finalized: number, onTime: number, submittedLate: number, overdue: number, reportingRate: number, onTimeRate: number, averageHoursToApproval?: number | null }>, children: Array<{ __typename?: 'Report', id: string, unitCode: string }>, units: Array<{ __typename?: 'UnitProgress', status: ReportStatus, dueAt: string, firstSubmittedAt?: string | null, approvedAt?: string | null, timeliness: SubmissionTimeliness, daysLate: number, unit: { __typename?: 'AdministrativeUnit', code: string, name: string }, report: { __typename?: 'Report', id: string, version: number }, childCounts?: { __typename?: 'ChildReportCounts', expected: number, submitted: number, approved: number } | null }> } };

export type OverdueReportsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueReportsQuery = { __typename?: 'Query', overdueReports: { __typename?: 'OverdueReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OverdueReportEdge', cursor: string, node: { __typename?: 'OverdueReport', level: UnitLevel, status: ReportStatus, dueAt: string, firstSubmittedAt?: string | null, timeliness: SubmissionTimeliness, daysLate: number, unit: { __typename?: 'AdministrativeUnit', code: string, name: string }, report: { __typename?: 'Report', id: string } } }> } };

export type UnitTimelinessQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
}>;


export type UnitTimelinessQuery = { __typename?: 'Query', unitTimeliness: { __typename?: 'UnitTimeliness', unit: { __typename?: 'AdministrativeUnit', code: string, name: string }, reports: Array<{ __typename?: 'UnitCampaignTimeliness', status: ReportStatus, dueAt: string, firstSubmittedAt?: string | null, timeliness: SubmissionTimeliness, daysLate: number, campaign: { __typename?: 'Campaign', id: string, name: string, documentNumber?: string | null }, report: { __typename?: 'Report', id: string } }>, totals: { __typename?: 'TimelinessTotals', campaigns: number, onTime: number, late: number, overdue: number, notDue: number } } };

export type ImportReorganisationMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  effectiveOn: Scalars['String']['input'];
}>;


export type ImportReorganisationMutation = { __typename?: 'Mutation', importReorganisation: { __typename?: 'ImportReorganisationResult', effectiveOn: string, provincesClosed: number, districtsClosed: number, communesClosed: number, provincesCreated: number, communesCreated: number, updated: number, successions: number, provinceSuccessions: number, fullMerges: number, partialMerges: number, skippedOldCodes: Array<string>, warnings: Array<string>, accountsMoved: number, accountsNotMoved: number, unchanged: boolean } };

export type UnitAtQueryVariables = Exact<{
  code: Scalars['String']['input'];
  at?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitAtQuery = { __typename?: 'Query', unit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, type: string, level: UnitLevel, validFrom?: string | null, validTo?: string | null, parent?: { __typename?: 'AdministrativeUnit', code: string, name: string } | null, children: Array<{ __typename?: 'AdministrativeUnit', code: string, name: string, type: string, level: UnitLevel }>, predecessors: Array<{ __typename?: 'UnitSuccessionType', mergeType: UnitMergeType, effectiveOn: string, unit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, level: UnitLevel, validFrom?: string | null, validTo?: string | null } }>, successors: Array<{ __typename?: 'UnitSuccessionType', mergeType: UnitMergeType, effectiveOn: string, unit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, level: UnitLevel, validFrom?: string | null, validTo?: string | null } }> } };

export type UnitsAtQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<UnitLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitsAtQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, type: string, level: UnitLevel, validFrom?: string | null, validTo?: string | null, parent?: { __typename?: 'AdministrativeUnit', code: string } | null } }> } };

export type UnitsLineageQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<UnitLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitsLineageQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'AdministrativeUnit', code: string, name: string, predecessors: Array<{ __typename?: 'UnitSuccessionType', mergeType: UnitMergeType, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } }>, successors: Array<{ __typename?: 'UnitSuccessionType', mergeType: UnitMergeType, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } }> } }> } };

export type UnitTreeQueryVariables = Exact<{
  code: Scalars['String']['input'];
  at?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitTreeQuery = { __typename?: 'Query', unit: { __typename?: 'AdministrativeUnit', code: string, name: string, children: Array<{ __typename?: 'AdministrativeUnit', code: string, name: string, children: Array<{ __typename?: 'AdministrativeUnit', code: string }> }> } };

export type ReportUnitsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportUnitsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, unit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, validFrom?: string | null, validTo?: string | null } } }> } };

export type ReportCoreFragment = { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } };

export type ReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ReportQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, values: Array<{ __typename?: 'IndicatorValue', code: string, label: string, unit: string, source: string, value?: number | null, text?: string | null, display?: string | null }>, provisionalValues: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }>, validation: { __typename?: 'ValidationResult', valid: boolean, errors: Array<{ __typename?: 'ValidationIssue', rule: string, severity: string, message: string, left?: number | null, right?: number | null }>, warnings: Array<{ __typename?: 'ValidationIssue', rule: string, severity: string, message: string, left?: number | null, right?: number | null }> }, completeness: { __typename?: 'Completeness', expected: number, submitted: number, approved: number, returned: number, draft: number, display: string }, parent?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus } | null, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, text?: string | null }> }>, history: Array<{ __typename?: 'ReportHistoryEntry', at: string, action: ReportAction, actorName?: string | null, fromStatus?: ReportStatus | null, toStatus: ReportStatus, reason?: string | null, late?: boolean | null, completeness?: string | null, changedCodes?: Array<string> | null, childUnitCode?: string | null }>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type ReportsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ReportStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ReportEdge', cursor: string, node: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, completeness: { __typename?: 'Completeness', display: string }, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } }> } };

export type SaveReportValuesMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  values: Array<ValueInput> | ValueInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type SaveReportValuesMutation = { __typename?: 'Mutation', saveReportValues: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, validation: { __typename?: 'ValidationResult', valid: boolean, errors: Array<{ __typename?: 'ValidationIssue', rule: string, message: string }>, warnings: Array<{ __typename?: 'ValidationIssue', rule: string, message: string }> }, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type SubmitReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  allowIncomplete?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type ApproveReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
}>;


export type ApproveReportMutation = { __typename?: 'Mutation', approveReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type ReturnReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ReturnReportMutation = { __typename?: 'Mutation', returnReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type UnapproveReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type UnapproveReportMutation = { __typename?: 'Mutation', unapproveReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type ReportVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportVersionQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, version: number } };

export type SubmitReportOnceMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubmitReportOnceMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type ApproveReportOnceMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveReportOnceMutation = { __typename?: 'Mutation', approveReport: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { __typename?: 'Mutation', createSchedule: { __typename?: 'CampaignSchedule', id: string, name: string, periodKind: PeriodKind, levels: Array<UnitLevel>, opensDaysBefore: number, lastOpenedPeriod?: string | null, deadlines: Array<{ __typename?: 'ScheduleDeadline', level: UnitLevel, monthOffset: number, day: number }>, rootUnit?: { __typename?: 'AdministrativeUnit', code: string } | null } };

export type SchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesQuery = { __typename?: 'Query', schedules: Array<{ __typename?: 'CampaignSchedule', id: string, name: string, lastOpenedPeriod?: string | null }> };

export type CampaignsWithPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsWithPeriodsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, documentNumber?: string | null, periodStart: string, periodEnd: string, levels: Array<{ __typename?: 'CampaignLevel', level: UnitLevel, dueAt: string }> }> };

export type ReportsDeepQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsDeepQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string, type: string }, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null, source: string }>, validation: { __typename?: 'ValidationResult', valid: boolean, errors: Array<{ __typename?: 'ValidationIssue', rule: string }>, warnings: Array<{ __typename?: 'ValidationIssue', rule: string }> }, completeness: { __typename?: 'Completeness', expected: number, approved: number, display: string }, history: Array<{ __typename?: 'ReportHistoryEntry', action: ReportAction, actorName?: string | null, reason?: string | null, late?: boolean | null }>, parent?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus } | null, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus }> } }> } };

export type ProgressDeepQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode: Scalars['String']['input'];
}>;


export type ProgressDeepQuery = { __typename?: 'Query', campaignProgress: { __typename?: 'CampaignProgress', report?: { __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, completeness: { __typename?: 'Completeness', display: string } } | null, levels: Array<{ __typename?: 'LevelProgress', level: UnitLevel, dueAt: string, expected: number, draft: number, submitted: number, returned: number, approved: number, finalized: number, submittedLate: number, overdue: number }>, children: Array<{ __typename?: 'Report', id: string, unitCode: string, status: ReportStatus, late: boolean, submittedAt?: string | null, dueAt: string, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string, type: string }, completeness: { __typename?: 'Completeness', display: string }, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }> }> } };

export type UnitsDeepQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<UnitLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitsDeepQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', cursor: string, node: { __typename?: 'AdministrativeUnit', code: string, name: string, type: string, level: UnitLevel, parent?: { __typename?: 'AdministrativeUnit', code: string, name: string } | null, children: Array<{ __typename?: 'AdministrativeUnit', code: string, name: string, type: string }> } }> } };

export type ConsolidatedDeepQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsolidatedDeepQuery = { __typename?: 'Query', consolidated: { __typename?: 'ConsolidatedReport', unitCode?: string | null, expected: number, included: number, completeness: string, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null, target?: number | null, planAchievedPercent?: number | null }>, children: Array<{ __typename?: 'ConsolidatedChild', unitCode: string, unitName: string, status: string, included: boolean, report: { __typename?: 'Report', id: string, version: number, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }>, validation: { __typename?: 'ValidationResult', valid: boolean }, previousYear: { __typename?: 'PreviousYear', status: string } } }> } };

export type TemplateCoreFragment = { __typename?: 'Template', code: string, version: number, name: string, status: string, builtIn: boolean, publishedAt?: string | null, sections: Array<{ __typename?: 'TemplateSection', code: string, title: string, note?: string | null }>, columnSets: Array<{ __typename?: 'TemplateColumnSet', code: string, label?: string | null, items: Array<{ __typename?: 'TemplateColumn', code: string, label: string }> }>, indicators: Array<{ __typename?: 'Indicator', code: string, label: string, unit: string, section: string, row?: string | null, kind: string, valueType: string, aggregation: string, columns?: string | null, formula?: string | null, condition?: string | null, countLevel?: string | null, targetOf?: string | null, levels?: Array<string> | null, required: boolean }>, rules: Array<{ __typename?: 'ValidationRule', code: string, left: string, operator: string, right: string, severity: string, ifMissing: string, message: string }> };

export type TemplateListQueryVariables = Exact<{
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TemplateListQuery = { __typename?: 'Query', templates: Array<{ __typename?: 'Template', code: string, version: number, status: string, builtIn: boolean }> };

export type TemplateQueryVariables = Exact<{
  code: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TemplateQuery = { __typename?: 'Query', template: { __typename?: 'Template', definitionJson: string, code: string, version: number, name: string, status: string, builtIn: boolean, publishedAt?: string | null, sections: Array<{ __typename?: 'TemplateSection', code: string, title: string, note?: string | null }>, columnSets: Array<{ __typename?: 'TemplateColumnSet', code: string, label?: string | null, items: Array<{ __typename?: 'TemplateColumn', code: string, label: string }> }>, indicators: Array<{ __typename?: 'Indicator', code: string, label: string, unit: string, section: string, row?: string | null, kind: string, valueType: string, aggregation: string, columns?: string | null, formula?: string | null, condition?: string | null, countLevel?: string | null, targetOf?: string | null, levels?: Array<string> | null, required: boolean }>, rules: Array<{ __typename?: 'ValidationRule', code: string, left: string, operator: string, right: string, severity: string, ifMissing: string, message: string }> } };

export type CreateTemplateMutationVariables = Exact<{
  definition: Scalars['JSONObject']['input'];
}>;


export type CreateTemplateMutation = { __typename?: 'Mutation', createTemplate: { __typename?: 'Template', code: string, version: number, name: string, status: string, builtIn: boolean, publishedAt?: string | null, sections: Array<{ __typename?: 'TemplateSection', code: string, title: string, note?: string | null }>, columnSets: Array<{ __typename?: 'TemplateColumnSet', code: string, label?: string | null, items: Array<{ __typename?: 'TemplateColumn', code: string, label: string }> }>, indicators: Array<{ __typename?: 'Indicator', code: string, label: string, unit: string, section: string, row?: string | null, kind: string, valueType: string, aggregation: string, columns?: string | null, formula?: string | null, condition?: string | null, countLevel?: string | null, targetOf?: string | null, levels?: Array<string> | null, required: boolean }>, rules: Array<{ __typename?: 'ValidationRule', code: string, left: string, operator: string, right: string, severity: string, ifMissing: string, message: string }> } };

export type UpdateTemplateMutationVariables = Exact<{
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  definition: Scalars['JSONObject']['input'];
}>;


export type UpdateTemplateMutation = { __typename?: 'Mutation', updateTemplate: { __typename?: 'Template', code: string, version: number, status: string, name: string } };

export type PublishTemplateMutationVariables = Exact<{
  code: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishTemplateMutation = { __typename?: 'Mutation', publishTemplate: { __typename?: 'Template', code: string, version: number, status: string, publishedAt?: string | null } };

export type AssignTargetsMutationVariables = Exact<{
  input: AssignTargetsInput;
}>;


export type AssignTargetsMutation = { __typename?: 'Mutation', assignTargets: Array<{ __typename?: 'Target', unitCode: string, unitName: string, code: string, value: number, campaignId?: string | null, year?: number | null, version: number, assignedByName?: string | null }> };

export type ReportCellsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ReportCellsQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, values: Array<{ __typename?: 'IndicatorValue', code: string, indicatorCode: string, column?: string | null, columnLabel?: string | null, source: string, value?: number | null, text?: string | null, total?: number | null, display?: string | null, target?: number | null, planAchievedPercent?: number | null }>, validation: { __typename?: 'ValidationResult', valid: boolean, errors: Array<{ __typename?: 'ValidationIssue', rule: string, message: string }>, warnings: Array<{ __typename?: 'ValidationIssue', rule: string, message: string }> } } };

export type PreviousYearQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type PreviousYearQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, unitCode: string, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }>, validation: { __typename?: 'ValidationResult', warnings: Array<{ __typename?: 'ValidationIssue', rule: string, message: string, left?: number | null, right?: number | null }> }, previousYear: { __typename?: 'PreviousYear', status: string, comparable: boolean, campaignId?: string | null, campaignName?: string | null, message: string, sources: Array<{ __typename?: 'PreviousYearSource', unitCode: string, unitName: string, mergeType: string, reportId?: string | null }>, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }> } } };

export type ConsolidatedQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ConsolidatedQuery = { __typename?: 'Query', consolidated: { __typename?: 'ConsolidatedReport', campaignId: string, unitCode?: string | null, unitName: string, expected: number, included: number, completeness: string, report?: { __typename?: 'Report', id: string, status: ReportStatus } | null, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, total?: number | null, display?: string | null, source: string, target?: number | null, planAchievedPercent?: number | null }>, children: Array<{ __typename?: 'ConsolidatedChild', unitCode: string, unitName: string, status: string, included: boolean, report: { __typename?: 'Report', id: string, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, display?: string | null }> } }> } };

export type TargetsQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  templateCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type TargetsQuery = { __typename?: 'Query', targets: Array<{ __typename?: 'Target', unitCode: string, code: string, value: number, version: number, assignedByName?: string | null }> };

export type ConsolidatedChildReportsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsolidatedChildReportsQuery = { __typename?: 'Query', consolidated: { __typename?: 'ConsolidatedReport', unitName: string, report?: { __typename?: 'Report', id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } | null, children: Array<{ __typename?: 'ConsolidatedChild', unitName: string, report: { __typename?: 'Report', timeliness: Timeliness, originalDueAt?: string | null, updatedAt: string, id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null, display?: string | null, source: string }>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } }> } };

export type ReportShownQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportShownQuery = { __typename?: 'Query', report: { __typename?: 'Report', timeliness: Timeliness, originalDueAt?: string | null, updatedAt: string, id: string, unitCode: string, level: UnitLevel, status: ReportStatus, version: number, dueAt: string, firstSubmittedAt?: string | null, submittedAt?: string | null, approvedAt?: string | null, submitNote?: string | null, late: boolean, allowedActions: Array<WorkflowAction>, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null, display?: string | null, source: string }>, unit: { __typename?: 'AdministrativeUnit', code: string, name: string } } };

export type SaveReportCellsMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  values: Array<ValueInput> | ValueInput;
  expectedVersion: Scalars['Int']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type SaveReportCellsMutation = { __typename?: 'Mutation', saveReportValues: { __typename?: 'Report', id: string, version: number, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null, target?: number | null }> } };

export type SubmitReportCellsMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  codes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type SubmitReportCellsMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'Report', id: string, version: number, status: ReportStatus, values: Array<{ __typename?: 'IndicatorValue', code: string, value?: number | null, text?: string | null, target?: number | null }> } };

export type ImportUnitsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportUnitsMutation = { __typename?: 'Mutation', importUnits: { __typename?: 'ImportUnitsResult', provinces: number, districts: number, communes: number, created: number, updated: number, unchanged: number } };

export type UnitQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type UnitQuery = { __typename?: 'Query', unit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, type: string, level: UnitLevel, validFrom?: string | null, validTo?: string | null, parent?: { __typename?: 'AdministrativeUnit', code: string, name: string } | null, children: Array<{ __typename?: 'AdministrativeUnit', code: string, name: string, type: string, level: UnitLevel }> } };

export type UnitsQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<UnitLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', cursor: string, node: { __typename?: 'AdministrativeUnit', code: string, name: string, type: string, level: UnitLevel } }> } };

export const ReportCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReportCoreFragment, unknown>;
export const TemplateCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"countLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetOf"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ifMissing"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TemplateCoreFragment, unknown>;
export const AttackSaveValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackSaveValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AttackSaveValuesMutation, AttackSaveValuesMutationVariables>;
export const AttackSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowIncomplete"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowIncomplete"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowIncomplete"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackSubmitMutation, AttackSubmitMutationVariables>;
export const AttackApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackApproveMutation, AttackApproveMutationVariables>;
export const AttackReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackReturnMutation, AttackReturnMutationVariables>;
export const AttackUnapproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackUnapprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unapproveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackUnapproveMutation, AttackUnapproveMutationVariables>;
export const AttackReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackReportQuery, AttackReportQueryVariables>;
export const AttackReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<AttackReportsQuery, AttackReportsQueryVariables>;
export const AttackUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<AttackUnitsQuery, AttackUnitsQueryVariables>;
export const AttackUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AttackUnitQuery, AttackUnitQueryVariables>;
export const AttackNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AttackNotificationsQuery, AttackNotificationsQueryVariables>;
export const AttackOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AttackOutboxQuery, AttackOutboxQueryVariables>;
export const AttackOverdueReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackOverdueReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AttackOverdueReportsQuery, AttackOverdueReportsQueryVariables>;
export const AttackConsolidatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackConsolidated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}}]}}]}}]} as unknown as DocumentNode<AttackConsolidatedQuery, AttackConsolidatedQueryVariables>;
export const AttackProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]}}]} as unknown as DocumentNode<AttackProgressQuery, AttackProgressQueryVariables>;
export const AttackTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AttackTargetsQuery, AttackTargetsQueryVariables>;
export const AttackUnitTimelinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackUnitTimeliness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitTimeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AttackUnitTimelinessQuery, AttackUnitTimelinessQueryVariables>;
export const AttackNextWorkingDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackNextWorkingDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextWorkingDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}]}]}}]} as unknown as DocumentNode<AttackNextWorkingDeadlineQuery, AttackNextWorkingDeadlineQueryVariables>;
export const AttackHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<AttackHolidaysQuery, AttackHolidaysQueryVariables>;
export const AttackCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackCreateTemplateMutation, AttackCreateTemplateMutationVariables>;
export const AttackUpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackUpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackUpdateTemplateMutation, AttackUpdateTemplateMutationVariables>;
export const AttackPublishTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackPublishTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AttackPublishTemplateMutation, AttackPublishTemplateMutationVariables>;
export const AttackAssignTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackAssignTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AttackAssignTargetsMutation, AttackAssignTargetsMutationVariables>;
export const AttackCreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackCreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttackCreateCampaignMutation, AttackCreateCampaignMutationVariables>;
export const AttackImportWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackImportWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReportWorkbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AttackImportWorkbookMutation, AttackImportWorkbookMutationVariables>;
export const AttackLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttackLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AttackLoginMutation, AttackLoginMutationVariables>;
export const RaceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false},{"kind":"StringValue","value":"INSURED","block":false},{"kind":"StringValue","value":"STRENGTHS","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"childUnitCode"}}]}}]}}]}}]} as unknown as DocumentNode<RaceReportQuery, RaceReportQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const LoginSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginSessionMutation, LoginSessionMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allDevices"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"allDevices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allDevices"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ReportNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false},{"kind":"StringValue","value":"INSURED","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false},{"kind":"StringValue","value":"INSURED","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportNeighbourhoodQuery, ReportNeighbourhoodQueryVariables>;
export const ReportStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ReportStateQuery, ReportStateQueryVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ifMissing"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"rootUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignProgressQuery, CampaignProgressQueryVariables>;
export const DistrictFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionalValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictFiguresQuery, DistrictFiguresQueryVariables>;
export const TwoSavesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoSaves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secondVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"saveReportValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"saveReportValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secondVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwoSavesMutation, TwoSavesMutationVariables>;
export const ExcelReportWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExcelReportWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportWorkbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeChildren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeChildren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}}]}}]} as unknown as DocumentNode<ExcelReportWorkbookQuery, ExcelReportWorkbookQueryVariables>;
export const ExcelBlankWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExcelBlankWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blankWorkbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}}]}}]} as unknown as DocumentNode<ExcelBlankWorkbookQuery, ExcelBlankWorkbookQueryVariables>;
export const ExcelImportWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcelImportWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReportWorkbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"changedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExcelImportWorkbookMutation, ExcelImportWorkbookMutationVariables>;
export const ExcelReportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExcelReportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]} as unknown as DocumentNode<ExcelReportValuesQuery, ExcelReportValuesQueryVariables>;
export const ExcelCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcelCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExcelCreateTemplateMutation, ExcelCreateTemplateMutationVariables>;
export const ExcelPublishTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcelPublishTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExcelPublishTemplateMutation, ExcelPublishTemplateMutationVariables>;
export const RequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const GrantExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<GrantExtensionMutation, GrantExtensionMutationVariables>;
export const DenyExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<DenyExtensionMutation, DenyExtensionMutationVariables>;
export const ReportDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"grantedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ReportDeadlineQuery, ReportDeadlineQueryVariables>;
export const CreateCampaignWithSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaignWithSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"graceHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"rollForwardRestDays"}},{"kind":"Field","name":{"kind":"Name","value":"rootUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignWithSettingsMutation, CreateCampaignWithSettingsMutationVariables>;
export const NationalProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]}}]}}]} as unknown as DocumentNode<NationalProgressQuery, NationalProgressQueryVariables>;
export const HolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Holidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<HolidaysQuery, HolidaysQueryVariables>;
export const SetHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetHolidayMutation, SetHolidayMutationVariables>;
export const RemoveHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]} as unknown as DocumentNode<RemoveHolidayMutation, RemoveHolidayMutationVariables>;
export const NextWorkingDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextWorkingDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextWorkingDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}]}]}}]} as unknown as DocumentNode<NextWorkingDeadlineQuery, NextWorkingDeadlineQueryVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const CreateUserWithEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserWithEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserWithEmailMutation, CreateUserWithEmailMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ReportTimelinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTimeliness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ReportTimelinessQuery, ReportTimelinessQueryVariables>;
export const TrackingProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackingProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursToApproval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"childCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackingProgressQuery, TrackingProgressQueryVariables>;
export const OverdueReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueReportsQuery, OverdueReportsQueryVariables>;
export const UnitTimelinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTimeliness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitTimeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notDue"}}]}}]}}]}}]} as unknown as DocumentNode<UnitTimelinessQuery, UnitTimelinessQueryVariables>;
export const ImportReorganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportReorganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReorganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"provincesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"districtsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"communesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"provincesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"communesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"successions"}},{"kind":"Field","name":{"kind":"Name","value":"provinceSuccessions"}},{"kind":"Field","name":{"kind":"Name","value":"fullMerges"}},{"kind":"Field","name":{"kind":"Name","value":"partialMerges"}},{"kind":"Field","name":{"kind":"Name","value":"skippedOldCodes"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"accountsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"accountsNotMoved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ImportReorganisationMutation, ImportReorganisationMutationVariables>;
export const UnitAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeType"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeType"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitAtQuery, UnitAtQueryVariables>;
export const UnitsAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsAtQuery, UnitsAtQueryVariables>;
export const UnitsLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeType"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeType"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsLineageQuery, UnitsLineageQueryVariables>;
export const UnitTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitTreeQuery, UnitTreeQueryVariables>;
export const ReportUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportUnitsQuery, ReportUnitsQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionalValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DIFFICULTIES","block":false},{"kind":"StringValue","value":"STRENGTHS","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"changedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"childUnitCode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const SaveReportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<SaveReportValuesMutation, SaveReportValuesMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowIncomplete"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowIncomplete"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowIncomplete"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const ApproveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ApproveReportMutation, ApproveReportMutationVariables>;
export const ReturnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReturnReportMutation, ReturnReportMutationVariables>;
export const UnapproveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnapproveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unapproveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<UnapproveReportMutation, UnapproveReportMutationVariables>;
export const ReportVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportVersionQuery, ReportVersionQueryVariables>;
export const SubmitReportOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReportOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<SubmitReportOnceMutation, SubmitReportOnceMutationVariables>;
export const ApproveReportOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveReportOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ApproveReportOnceMutation, ApproveReportOnceMutationVariables>;
export const CreateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"monthOffset"}},{"kind":"Field","name":{"kind":"Name","value":"day"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"rootUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const SchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedPeriod"}}]}}]}}]} as unknown as DocumentNode<SchedulesQuery, SchedulesQueryVariables>;
export const CampaignsWithPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignsWithPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsWithPeriodsQuery, CampaignsWithPeriodsQueryVariables>;
export const ReportsDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsDeepQuery, ReportsDeepQueryVariables>;
export const ProgressDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false},{"kind":"StringValue","value":"INSURED","block":false},{"kind":"StringValue","value":"COVERAGE_RATE","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressDeepQuery, ProgressDeepQueryVariables>;
export const UnitsDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsDeepQuery, UnitsDeepQueryVariables>;
export const ConsolidatedDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"planAchievedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POP","block":false},{"kind":"StringValue","value":"INSURED","block":false},{"kind":"StringValue","value":"COVERAGE_RATE","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedDeepQuery, ConsolidatedDeepQueryVariables>;
export const TemplateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDrafts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDrafts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDrafts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}}]}}]} as unknown as DocumentNode<TemplateListQuery, TemplateListQueryVariables>;
export const TemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Template"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateCore"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"countLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetOf"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ifMissing"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TemplateQuery, TemplateQueryVariables>;
export const CreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"countLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetOf"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ifMissing"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const UpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateTemplateMutation, UpdateTemplateMutationVariables>;
export const PublishTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishTemplateMutation, PublishTemplateMutationVariables>;
export const AssignTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedByName"}}]}}]}}]} as unknown as DocumentNode<AssignTargetsMutation, AssignTargetsMutationVariables>;
export const ReportCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"planAchievedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportCellsQuery, ReportCellsQueryVariables>;
export const PreviousYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviousYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comparable"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"mergeType"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviousYearQuery, PreviousYearQueryVariables>;
export const ConsolidatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consolidated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"planAchievedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedQuery, ConsolidatedQueryVariables>;
export const TargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Targets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedByName"}}]}}]}}]} as unknown as DocumentNode<TargetsQuery, TargetsQueryVariables>;
export const ConsolidatedChildReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedChildReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ConsolidatedChildReportsQuery, ConsolidatedChildReportsQueryVariables>;
export const ReportShownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportShown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCore"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitNote"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReportShownQuery, ReportShownQueryVariables>;
export const SaveReportCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<SaveReportCellsMutation, SaveReportCellsMutationVariables>;
export const SubmitReportCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReportCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitReportCellsMutation, SubmitReportCellsMutationVariables>;
export const ImportUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"communes"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ImportUnitsMutation, ImportUnitsMutationVariables>;
export const UnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;