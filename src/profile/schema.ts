import { z } from 'zod';

export const criterionSettingSchema = z
  .object({
    weight: z.number().min(0).max(100).optional(),
    mode: z.enum(['score', 'gate', 'off']).optional(),
    /** For gates: the least score (0..1) that passes. */
    gateAt: z.number().min(0).max(1).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** A role profile file as written in YAML (before `extends` is resolved). */
export const profileFileSchema = z
  .object({
    extends: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes')
      .optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    seniority: z.enum(['junior', 'mid', 'senior', 'staff']).nullable().optional(),
    skills: z
      .object({
        required: z.array(z.string()).optional(),
        preferred: z.array(z.string()).optional(),
        extra: z
          .array(
            z
              .object({
                name: z.string().min(1),
                aliases: z.array(z.string()).default([]),
                category: z.string().default('role-specific'),
              })
              .strict(),
          )
          .optional(),
      })
      .strict()
      .optional(),
    experience: z
      .object({
        minYears: z.number().min(0).nullable().optional(),
        idealYears: z.number().min(0).nullable().optional(),
      })
      .strict()
      .optional(),
    tiers: z
      .object({
        shortlist: z.number().min(0).max(100).optional(),
        consider: z.number().min(0).max(100).optional(),
      })
      .strict()
      .optional(),
    scoring: z
      .object({ quality: z.number().min(0).max(1).optional() })
      .strict()
      .optional(),
    criteria: z.record(z.string(), criterionSettingSchema).optional(),
    /** A note from the recruiter at the top of every feedback report; `--message` overrides it. */
    feedbackMessage: z.string().max(2000, 'keep the message under 2,000 characters').optional(),
  })
  .strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;
