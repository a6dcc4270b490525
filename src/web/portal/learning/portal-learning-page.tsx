import { Stack } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { CourseCatalogueSection } from './course-catalogue-section';
import { LearningPathsSection } from './learning-paths-section';
import { MyCoursesSection } from './my-courses-section';

/** /portal/learning: my learning paths, my courses and the catalogue of courses open to me. */
export function PortalLearningPage() {
  return (
    <>
      <PageHeader
        title="My learning"
        description="The courses assigned to your partner type and role, your progress, and every other course open to you. Passing a course’s quiz earns its certification."
        actions={
          <LinkButton to="/portal/certificates" variant="default" leftSection={<IconCertificate size={16} />}>
            My certificates
          </LinkButton>
        }
      />
      <Stack gap="xl">
        <LearningPathsSection />
        <MyCoursesSection />
        <CourseCatalogueSection />
      </Stack>
    </>
  );
}
