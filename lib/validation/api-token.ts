import { z } from 'zod';
import { cleanText } from '@/lib/validation/strict';

/** A token's name says where it is used ("Weekly HDX upload"), so that revoking the right one is easy. */
export const ApiTokenNameSchema = z.object({ name: cleanText('name of the token', 100) });
export const ApiTokenRevokeSchema = z.object({ tokenId: z.string().regex(/^[a-z0-9]{1,40}$/, 'Choose a token to revoke.') });
