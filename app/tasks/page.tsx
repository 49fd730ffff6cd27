import type { Metadata } from "next";
import { RecommendView } from "@/components/recommend/recommend-view";

export const metadata: Metadata = { title: "Which should I use? · AI Concepts Explorer" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { task } = await searchParams;
  return <RecommendView task={(Array.isArray(task) ? task[0] : task) ?? ""} />;
}
