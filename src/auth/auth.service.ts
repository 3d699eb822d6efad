import { EntityManager } from '@mikro-orm/knex';
import { localDay } from '../deadlines/deadline-rules';
import { Clock } from '../common/clock';
import { badInput, conflict, unauthenticated } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { hasText } from '../common/text';
import { JwtSettings } from '../config';
import { AdministrativeUnit } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { LoginThrottle } from '../security/login-throttle';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { Actor } from './actor';
import { RevokedReason } from './refresh-token.entity';
import { IssuedSession, SessionService, lockAccount } from './session.service';
import { Role, User } from './user.entity';

export interface NewUser {
  username: string;
  password: string;
  fullName?: string | null;
  role: Role;
  unitCode?: string | null;
  email?: string | null;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;
export const MIN_PASSWORD_LENGTH = 10;
/** Argon2 takes any length; a bound keeps one request from making the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(`Mật khẩu dài tối đa ${MAX_PASSWORD_LENGTH} ký tự.`);
}

/** The address form browsers accept for <input type="email">: no display name, no spaces or line breaks. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A trimmed address with its domain in lower case, null when none was given; BAD_USER_INPUT when malformed. */
export function normalizeEmail(input: string | null | undefined): string | null {
  if (!hasText(input)) return null;
  const email = input.trim();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw badInput(`Địa chỉ thư điện tử "${email.slice(0, 80)}" không hợp lệ (ví dụ đúng: canbo@tuyenquang.gov.vn).`);
  }
  const at = email.lastIndexOf('@');
  return email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}

export class AuthService {
  /** Access and refresh tokens. */
  readonly sessions: SessionService;

  constructor(
    jwt: JwtSettings,
    private readonly units: UnitService,
    /** Wrong-password counts, shared by every instance through the database (see LoginThrottle). */
    readonly throttle: LoginThrottle = new LoginThrottle(),
  ) {
    this.sessions = new SessionService(jwt);
  }

  /**
   * `client` is the caller's address, for the per-address limit (null: only the username is counted). A locked
   * username or address, or one with as many attempts under way as it has left, is refused with TOO_MANY_ATTEMPTS
   * before the password is even checked.
   */
  async login(em: EntityManager, clock: Clock, username: string, password: string, client: string | null = null): Promise<IssuedSession> {
    const attempt = await this.throttle.begin(em, username, client, clock.now());
    const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['unit'] });
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await decoyHash(), password);
    if (!user || !ok) {
      await this.throttle.failed(em, attempt, clock.now());
      throw unauthenticated('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    await this.throttle.succeeded(em, attempt, clock.now());
    // The password is checked outside the transaction: hashing takes a tenth of a second the database need not wait.
    // Inside, the account is locked and read again: a password change committed meanwhile wins over this login.
    return inTransaction(em, async (tem) => {
      const current = await lockAccount(tem, user.id, 'share');
      if (!current || current.passwordHash !== user.passwordHash) throw unauthenticated('Mật khẩu của tài khoản vừa được đổi. Vui lòng đăng nhập bằng mật khẩu mới.');
      return this.sessions.start(tem, clock, user, current.tokenVersion);
    });
  }

  /** A new pair for a refresh token, which is used up (see SessionService.rotate). */
  refresh(em: EntityManager, clock: Clock, refreshToken: string): Promise<IssuedSession> {
    return this.sessions.rotate(em, clock, refreshToken);
  }

  /**
   * Ends the session of `refreshToken` (its whole family), or with `allDevices` every session of the account:
   * the caller's (`actor`, from a valid access token) or, without one, that of a refresh token still usable.
   * An unknown or already ended refresh token is no error: signing out twice signs out.
   */
  async logout(em: EntityManager, clock: Clock, actor: Actor | null, refreshToken: string | null | undefined, allDevices: boolean): Promise<boolean> {
    if (!allDevices && !hasText(refreshToken)) {
      throw badInput('Cần gửi mã làm mới (refreshToken) của phiên muốn đăng xuất, hoặc chọn đăng xuất khỏi mọi thiết bị (allDevices: true).');
    }
    const everywhere = await inTransaction(em, async (tem) => {
      const holder = hasText(refreshToken) ? await this.sessions.endSessionOf(tem, clock, refreshToken) : null;
      if (!allDevices) return true;
      const userId = actor?.userId ?? holder;
      if (userId == null) return false;
      await this.sessions.endAllSessions(tem, clock, userId, RevokedReason.LOGOUT_ALL);
      return true;
    });
    // Refused only once the session of the token sent, if any, has ended for good.
    if (!everywhere) throw unauthenticated('Cần đăng nhập (hoặc gửi mã làm mới còn hiệu lực) để đăng xuất khỏi mọi thiết bị.');
    return true;
  }

  /**
   * Changes the caller's own password after checking the current one (wrong guesses count towards the login
   * lock, so a stolen access token cannot be used to guess the password). Every session of the account ends:
   * refresh tokens revoked, token version raised so access tokens already issued are refused. The device that
   * made the change gets a new session.
   */
  async changePassword(em: EntityManager, clock: Clock, actor: Actor, currentPassword: string, newPassword: string, client: string | null = null): Promise<IssuedSession> {
    const user = await em.findOne(User, actor.userId);
    if (!user) throw unauthenticated('Tài khoản không còn tồn tại. Vui lòng đăng nhập lại.');
    const attempt = await this.throttle.begin(em, user.username, client, clock.now());
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.throttle.failed(em, attempt, clock.now());
      throw badInput('Mật khẩu hiện tại không đúng.');
    }
    await this.throttle.succeeded(em, attempt, clock.now());
    checkPasswordPolicy(newPassword);
    if (newPassword === currentPassword) throw badInput('Mật khẩu mới phải khác mật khẩu hiện tại.');
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(em, async (tem) => {
      // Compare-and-set on what was checked above: of two changes at once, one wins, the other is told to retry.
      const version = user.tokenVersion;
      const changed = await tem.nativeUpdate(User, { id: user.id, passwordHash: user.passwordHash, tokenVersion: version }, { passwordHash, tokenVersion: version + 1 });
      if (changed === 0) throw conflict('Mật khẩu của tài khoản vừa được thay đổi ở nơi khác. Vui lòng đăng nhập lại rồi thử lại.');
      await this.sessions.revokeAllRefreshTokens(tem, clock, user.id, RevokedReason.PASSWORD_CHANGED);
      return this.sessions.start(tem, clock, user, version + 1);
    });
  }

  /** `passwordHash` lets a caller that creates many accounts with one password (the demo) hash it once. */
  async createUser(em: EntityManager, clock: Clock, input: NewUser, options: { passwordHash?: string } = {}): Promise<User> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw badInput('Tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ thường không dấu, số và các dấu . _ -');
    }
    checkPasswordPolicy(input.password);
    if (hasText(input.fullName) && input.fullName.trim().length > 200) throw badInput('Họ và tên dài tối đa 200 ký tự.');
    const email = normalizeEmail(input.email);
    let unit: AdministrativeUnit | null = null;
    if (hasText(input.unitCode)) {
      unit = await this.units.getByCode(em, input.unitCode.trim(), localDay(clock.now()));
    } else if (input.role !== Role.ADMIN && input.role !== Role.MONITOR) {
      // Only admins and national monitors work without a unit.
      throw badInput('Cần chọn đơn vị hành chính (unitCode) cho tài khoản nhập liệu hoặc duyệt.');
    }
    if (await em.count(User, { username })) throw conflict(`Tên đăng nhập "${username}" đã được dùng.`);
    const user = em.create(User, {
      username,
      fullName: hasText(input.fullName) ? input.fullName.trim() : username,
      passwordHash: options.passwordHash ?? (await hashPassword(input.password)),
      role: input.role,
      unit,
      email,
      createdAt: clock.now(),
    });
    await em.flush();
    return user;
  }
}
