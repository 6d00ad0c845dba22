import { DashboardSkeleton } from '@/app/ui/skeletons';

export default function Loading() {
  return <DashboardSkeleton />;
}
