import 'server-only';
import { prisma } from '@/lib/prisma';

/** Whether the user has finished setting up two-step sign-in (an unconfirmed setup does not count). */
export async function fetchTwoFactorStatus(userId: string): Promise<{ isEnabled: boolean }> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } });
  return { isEnabled: Boolean(user?.twoFactorEnabled) };
}
